-- "can go up, can go down": drafted disqualification letters and ADMIN's decisions
CREATE TABLE disqualification_case (
    id            UUID PRIMARY KEY,
    society_id    UUID NOT NULL REFERENCES society (id),
    society_name  TEXT NOT NULL,
    credit_code   TEXT,
    grounds       TEXT NOT NULL,
    drafted_on    DATE NOT NULL,
    status        TEXT NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT,
    decision_note TEXT,
    version       BIGINT NOT NULL
);
-- at most one open case per society
CREATE UNIQUE INDEX disqualification_case_one_open ON disqualification_case (society_id) WHERE status = 'DRAFTED';
