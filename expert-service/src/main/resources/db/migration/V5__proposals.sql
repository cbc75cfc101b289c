-- expert advice express (科技专家建议直通车): proposals to the city's leadership
CREATE TABLE proposal (
    id           UUID PRIMARY KEY,
    year         INT         NOT NULL,
    title        TEXT        NOT NULL,
    summary      TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    filed_by     UUID        NOT NULL,
    filed_at     TIMESTAMPTZ NOT NULL,
    forwarded_to TEXT,
    forwarded_by TEXT,
    forwarded_at TIMESTAMPTZ,
    feedback     TEXT,
    adoption     TEXT,
    answered_at  TIMESTAMPTZ,
    version      BIGINT      NOT NULL
);
CREATE INDEX proposal_by_year ON proposal (year, status);

CREATE TABLE proposal_author (
    proposal_id    UUID NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position_index INT  NOT NULL,
    expert_id      UUID NOT NULL,
    name           TEXT NOT NULL,
    title          TEXT,
    employer       TEXT,
    PRIMARY KEY (proposal_id, position_index)
);
CREATE INDEX proposal_author_by_expert ON proposal_author (expert_id);

-- files are kept by the service, checked for size and type on the way in
CREATE TABLE proposal_attachment (
    id           UUID PRIMARY KEY,
    proposal_id  UUID        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    filename     TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size         BIGINT      NOT NULL,
    content      BYTEA       NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL
);
