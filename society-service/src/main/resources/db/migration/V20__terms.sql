-- terms of office (届) and their re-elections (换届)
CREATE TABLE term (
    id                           UUID PRIMARY KEY,
    society_id                   UUID NOT NULL REFERENCES society (id),
    number                       INT NOT NULL CHECK (number > 0),
    started_on                   DATE NOT NULL,
    ends_on                      DATE NOT NULL,
    status                       TEXT NOT NULL,
    plan_due_on                  DATE NOT NULL,
    plan_submitted_on            DATE,
    planned_election_on          DATE,
    plan_notes                   TEXT,
    postponement_requested_until DATE,
    postponement_reason          TEXT,
    postponement_status          TEXT,
    postponement_comment         TEXT,
    postponed_until              DATE,
    renewed_on                   DATE,
    version                      BIGINT NOT NULL,
    UNIQUE (society_id, number)
);
-- at most one current term per society
CREATE UNIQUE INDEX term_one_current ON term (society_id) WHERE status = 'CURRENT';
CREATE INDEX term_current_end ON term (ends_on) WHERE status = 'CURRENT';
