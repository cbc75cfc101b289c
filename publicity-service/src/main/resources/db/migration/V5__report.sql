-- the work report's ledger of what the other services told us; one row per fact

-- each society's state after each of its events, so that the register can be counted at any instant
CREATE TABLE report_society_state (
    event_id           UUID PRIMARY KEY,
    society_id         UUID NOT NULL,
    at                 TIMESTAMPTZ NOT NULL,
    status             TEXT NOT NULL,
    health_tier        TEXT,
    party_organisation TEXT
);
CREATE INDEX report_society_state_by_society ON report_society_state (society_id, at DESC);

-- how societies came and went: JOINED, FOUNDED, DISQUALIFIED, DEREGISTERED
CREATE TABLE report_society_change (
    event_id   UUID PRIMARY KEY,
    society_id UUID NOT NULL,
    kind       TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE report_term_renewal (
    event_id   UUID PRIMARY KEY,
    society_id UUID NOT NULL,
    elected_on DATE NOT NULL
);

CREATE TABLE report_inspection (
    society_id UUID NOT NULL,
    year       INT NOT NULL,
    result     TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (society_id, year)
);

CREATE TABLE report_award (
    award_id    UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    year        INT NOT NULL,
    -- how many were nominated, when the results say
    nominations INT,
    at          TIMESTAMPTZ NOT NULL
);
CREATE TABLE report_award_winner (
    award_id    UUID NOT NULL REFERENCES report_award (award_id) ON DELETE CASCADE,
    position    INT NOT NULL,
    award_class TEXT,
    society_id  UUID,
    PRIMARY KEY (award_id, position)
);

-- adopted (wholly or partly) proposals, by the proposal's year
CREATE TABLE report_proposal (
    proposal_id UUID PRIMARY KEY,
    year        INT NOT NULL
);

CREATE TABLE report_grant (
    id               UUID PRIMARY KEY,
    society_id       UUID NOT NULL,
    category         TEXT,
    tag              TEXT,
    budget_year      INT NOT NULL,
    status           TEXT NOT NULL,
    approved_amount  NUMERIC(14, 2),
    disbursed_amount NUMERIC(14, 2),
    as_of            TIMESTAMPTZ NOT NULL
);

CREATE TABLE report_financing_link (
    id          UUID PRIMARY KEY,
    society_id  UUID NOT NULL,
    institution TEXT NOT NULL,
    instrument  TEXT NOT NULL,
    amount      NUMERIC(14, 2),
    starts_on   DATE,
    recorded_at TIMESTAMPTZ NOT NULL
);

-- the narrative ADMIN edits; one row
CREATE TABLE report_template (
    id         TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_by TEXT,
    updated_at TIMESTAMPTZ,
    version    BIGINT NOT NULL
);
