-- an award programme of one year (优秀科技工作者, 自然科学学术创新奖) with its classes, rubric and stages
CREATE TABLE award_programme (
    id                       UUID PRIMARY KEY,
    year                     INT         NOT NULL,
    kind                     TEXT        NOT NULL,
    name                     TEXT        NOT NULL,
    stage                    TEXT        NOT NULL,
    reviewers_per_nomination INT         NOT NULL,
    notice_period            TEXT        NOT NULL,
    commended_on             DATE,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT      NOT NULL,
    UNIQUE (year, name)
);

CREATE TABLE award_class (
    programme_id   UUID NOT NULL REFERENCES award_programme (id) ON DELETE CASCADE,
    position_index INT  NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    quota          INT  NOT NULL,
    PRIMARY KEY (programme_id, position_index)
);

CREATE TABLE award_criterion (
    programme_id   UUID NOT NULL REFERENCES award_programme (id) ON DELETE CASCADE,
    position_index INT  NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    max_score      INT  NOT NULL,
    PRIMARY KEY (programme_id, position_index)
);

-- each stage's owner and deadline, and when it opened and closed
CREATE TABLE award_stage (
    programme_id UUID NOT NULL REFERENCES award_programme (id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    owner        TEXT,
    deadline     DATE,
    opened_at    TIMESTAMPTZ,
    closed_at    TIMESTAMPTZ,
    PRIMARY KEY (programme_id, stage)
);

CREATE TABLE award_nomination (
    id                 UUID PRIMARY KEY,
    programme_id       UUID        NOT NULL REFERENCES award_programme (id),
    society_id         UUID        NOT NULL,
    society_name       TEXT,
    candidate_name     TEXT        NOT NULL,
    candidate_employer TEXT        NOT NULL,
    -- the employer as compared for recusal: NFKC, no spaces, lower case
    employer_key       TEXT        NOT NULL,
    candidate_title    TEXT,
    work_title         TEXT,
    category           TEXT        NOT NULL,
    summary            TEXT,
    expert_id          UUID,
    stage              TEXT        NOT NULL,
    status             TEXT        NOT NULL,
    award_class        TEXT,
    search_text        TEXT        NOT NULL,
    nominated_by       TEXT        NOT NULL,
    nominated_at       TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL
);
CREATE INDEX award_nomination_by_programme ON award_nomination (programme_id, status, stage);
CREATE INDEX award_nomination_search_trgm ON award_nomination USING gin (search_text gin_trgm_ops);

-- the outcome of each stage for a nomination
CREATE TABLE nomination_outcome (
    nomination_id UUID        NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    stage         TEXT        NOT NULL,
    passed        BOOLEAN     NOT NULL,
    comment       TEXT,
    award_class   TEXT,
    decided_by    TEXT        NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (nomination_id, stage)
);

CREATE TABLE review_assignment (
    nomination_id UUID        NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    reviewer_id   UUID        NOT NULL,
    how           TEXT        NOT NULL,
    assigned_by   TEXT        NOT NULL,
    assigned_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (nomination_id, reviewer_id)
);
CREATE INDEX review_assignment_by_reviewer ON review_assignment (reviewer_id);

-- conflicts a reviewer (or ADMIN for them) declared; computed ones are derived, never stored
CREATE TABLE declared_conflict (
    nomination_id UUID        NOT NULL REFERENCES award_nomination (id) ON DELETE CASCADE,
    reviewer_id   UUID        NOT NULL,
    reason        TEXT        NOT NULL,
    declared_by   TEXT        NOT NULL,
    declared_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (nomination_id, reviewer_id)
);

-- a reviewer's rubric scores, in the rubric's order
CREATE TABLE review (
    id            UUID PRIMARY KEY,
    nomination_id UUID        NOT NULL REFERENCES award_nomination (id),
    reviewer_id   UUID        NOT NULL,
    scores        INT[]       NOT NULL,
    total         INT         NOT NULL,
    comment       TEXT,
    submitted_at  TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL,
    UNIQUE (nomination_id, reviewer_id)
);
