CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- an expert's profile; phone and ID number are personal data, stored encrypted (AES-GCM), the ID
-- number also as a keyed digest so that the same person is found again without decrypting
CREATE TABLE expert (
    id               UUID PRIMARY KEY,
    name             TEXT        NOT NULL,
    gender           TEXT,
    birth_year       INT,
    employer         TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    title_level      TEXT        NOT NULL,
    category         TEXT        NOT NULL,
    expertise        TEXT[]      NOT NULL DEFAULT '{}',
    email            TEXT,
    phone_cipher     TEXT,
    id_number_cipher TEXT,
    id_number_digest TEXT UNIQUE,
    committee_member BOOLEAN     NOT NULL DEFAULT FALSE,
    -- name, employer, title and expertise in one text for keyword search
    search_text      TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL
);
CREATE INDEX expert_search_trgm ON expert USING gin (search_text gin_trgm_ops);
CREATE INDEX expert_category ON expert (category, title_level);

CREATE TABLE expert_society (
    expert_id  UUID NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    society_id UUID NOT NULL,
    PRIMARY KEY (expert_id, society_id)
);
CREATE INDEX expert_society_by_society ON expert_society (society_id);

-- every admission to a pool and how it ended: the history is kept, never deleted
CREATE TABLE pool_membership (
    expert_id      UUID NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    position_index INT  NOT NULL,
    pool           TEXT NOT NULL,
    status         TEXT NOT NULL,
    admitted_on    DATE NOT NULL,
    ended_on       DATE,
    end_reason     TEXT,
    nomination_id  UUID,
    PRIMARY KEY (expert_id, position_index)
);
CREATE INDEX pool_membership_by_pool ON pool_membership (pool, status);

-- a society's nomination of an expert to a pool, vetted by the committee and decided by ADMIN
CREATE TABLE pool_nomination (
    id              UUID PRIMARY KEY,
    expert_id       UUID        NOT NULL REFERENCES expert (id),
    pool            TEXT        NOT NULL,
    society_id      UUID        NOT NULL,
    note            TEXT,
    status          TEXT        NOT NULL,
    nominated_by    TEXT        NOT NULL,
    nominated_at    TIMESTAMPTZ NOT NULL,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    decision_reason TEXT,
    version         BIGINT      NOT NULL
);
CREATE UNIQUE INDEX pool_nomination_one_pending ON pool_nomination (expert_id, pool) WHERE status = 'PENDING';
CREATE INDEX pool_nomination_by_society ON pool_nomination (society_id, status);

CREATE TABLE pool_vote (
    pool_nomination_id UUID        NOT NULL REFERENCES pool_nomination (id) ON DELETE CASCADE,
    reviewer_id        UUID        NOT NULL,
    reviewer_name      TEXT        NOT NULL,
    approve            BOOLEAN     NOT NULL,
    comment            TEXT,
    voted_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (pool_nomination_id, reviewer_id)
);
