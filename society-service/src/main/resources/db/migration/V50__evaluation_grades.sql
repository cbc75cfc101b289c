-- Social-organisation evaluation (社会组织评估等级): rounds, applications with their self-assessment,
-- assessors' scores by indicator group, and the grades they lead to.

CREATE TABLE evaluation_round (
    id                    UUID PRIMARY KEY,
    -- a year may have more than one round (batches, 第一批、第二批)
    year                  INT NOT NULL,
    name                  TEXT NOT NULL,
    applications_close_on DATE NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('OPEN', 'SCORING', 'ON_NOTICE', 'CLOSED')),
    notice_opened_at      TIMESTAMPTZ,
    notice_closes_at      TIMESTAMPTZ,
    opened_at             TIMESTAMPTZ NOT NULL,
    opened_by             TEXT NOT NULL,
    closed_at             TIMESTAMPTZ,
    version               BIGINT NOT NULL
);

-- the five indicator groups' points appear three times: self-assessment, an assessor's score
CREATE TABLE evaluation_application (
    id                             UUID PRIMARY KEY,
    round_id                       UUID NOT NULL REFERENCES evaluation_round (id),
    society_id                     UUID NOT NULL REFERENCES society (id),
    society_name                   TEXT NOT NULL,
    basis                          TEXT NOT NULL,
    statement                      TEXT,
    self_basic_conditions          INT NOT NULL,
    self_internal_governance       INT NOT NULL,
    self_work_performance          INT NOT NULL,
    self_social_evaluation         INT NOT NULL,
    self_party_building            INT NOT NULL,
    status                         TEXT NOT NULL,
    submitted_at                   TIMESTAMPTZ NOT NULL,
    submitted_by                   TEXT NOT NULL,
    score                          NUMERIC(6, 1),
    proposed_level                 TEXT,
    decision_note                  TEXT,
    grade_id                       UUID,
    version                        BIGINT NOT NULL
);
-- one live application per society and round; a withdrawn one may be followed by another
CREATE UNIQUE INDEX evaluation_application_one_per_round ON evaluation_application (round_id, society_id)
    WHERE status <> 'WITHDRAWN';
CREATE INDEX evaluation_application_by_society ON evaluation_application (society_id);

CREATE TABLE evaluation_assessment (
    id                  UUID PRIMARY KEY,
    application_id      UUID NOT NULL REFERENCES evaluation_application (id),
    society_id          UUID NOT NULL,
    expert_id           UUID NOT NULL,
    assessor_name       TEXT NOT NULL,
    employer            TEXT,
    declared_societies  TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('ASSIGNED', 'SCORED', 'RECUSED')),
    basic_conditions    INT,
    internal_governance INT,
    work_performance    INT,
    social_evaluation   INT,
    party_building      INT,
    comments            TEXT,
    recusal_reason      TEXT,
    assigned_at         TIMESTAMPTZ NOT NULL,
    assigned_by         TEXT NOT NULL,
    scored_at           TIMESTAMPTZ,
    version             BIGINT NOT NULL,
    UNIQUE (application_id, expert_id)
);
CREATE INDEX evaluation_assessment_by_expert ON evaluation_assessment (expert_id);

CREATE SEQUENCE evaluation_certificate_seq;

CREATE TABLE evaluation_grade (
    id                 UUID PRIMARY KEY,
    society_id         UUID NOT NULL REFERENCES society (id),
    society_name       TEXT NOT NULL,
    round_id           UUID REFERENCES evaluation_round (id),
    application_id     UUID REFERENCES evaluation_application (id),
    level              TEXT NOT NULL CHECK (level IN ('AAAAA', 'AAAA', 'AAA', 'AA', 'A')),
    awarded_level      TEXT NOT NULL,
    score              NUMERIC(6, 1),
    awarded_on         DATE NOT NULL,
    awarded_at         TIMESTAMPTZ NOT NULL,
    valid_until        DATE NOT NULL,
    certificate_number TEXT NOT NULL UNIQUE,
    status             TEXT NOT NULL CHECK (status IN ('IN_FORCE', 'LAPSED')),
    lowered_on         DATE,
    lowered_reason     TEXT,
    lapsed_on          DATE,
    lapse_cause        TEXT,
    lapse_reason       TEXT,
    version            BIGINT NOT NULL,
    CHECK (valid_until > awarded_on)
);
-- at most one grade in force per society
CREATE UNIQUE INDEX evaluation_grade_one_in_force ON evaluation_grade (society_id) WHERE status = 'IN_FORCE';
CREATE INDEX evaluation_grade_by_awarded_on ON evaluation_grade (awarded_on);
