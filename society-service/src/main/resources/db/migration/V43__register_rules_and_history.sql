-- How a society came onto the register: IMPORTED from the existing register by ADMIN (with the
-- reason ADMIN gave), FOUNDED through the founding procedure, or TRANSFERRED in from another bureau.
ALTER TABLE society ADD COLUMN origin TEXT;
ALTER TABLE society ADD COLUMN import_reason TEXT;
-- the secretariat's own part of the record, besides its contacts and address
ALTER TABLE society ADD COLUMN website TEXT;
ALTER TABLE society ADD COLUMN description TEXT;
UPDATE society s SET origin = CASE
        WHEN EXISTS (SELECT 1 FROM audit_entry a WHERE a.society_id = s.id AND a.action = 'TRANSFER_REQUESTED') THEN 'TRANSFERRED'
        WHEN EXISTS (SELECT 1 FROM audit_entry a WHERE a.society_id = s.id AND a.action = 'FOUNDING_APPLIED') THEN 'FOUNDED'
        ELSE 'IMPORTED' END;
UPDATE society SET import_reason = 'entered directly before imports needed a reason' WHERE origin = 'IMPORTED';
ALTER TABLE society ALTER COLUMN origin SET NOT NULL;

-- why ADMIN made a change that needs one (an import, a correction)
ALTER TABLE audit_entry ADD COLUMN reason TEXT;

-- Each society's status, health tier and party organisation from the moment they held: the
-- register as it stood on any day, so a past year's figures do not move with today's register.
CREATE TABLE society_state (
    seq             BIGSERIAL PRIMARY KEY,
    society_id      UUID NOT NULL REFERENCES society (id) ON DELETE CASCADE,
    valid_from      TIMESTAMPTZ NOT NULL,
    status          TEXT NOT NULL,
    previous_status TEXT,
    health_tier     TEXT NOT NULL,
    party_form      TEXT NOT NULL
);
CREATE INDEX society_state_as_of ON society_state (society_id, valid_from DESC, seq DESC);
CREATE INDEX society_state_moves ON society_state (valid_from) WHERE previous_status IS DISTINCT FROM status;

-- the history so far, from the audit trail's snapshots of the society (those carry a health tier)
INSERT INTO society_state (society_id, valid_from, status, previous_status, health_tier, party_form)
SELECT a.society_id, a.at, a.after ->> 'status', a.before ->> 'status', a.after ->> 'healthTier',
       coalesce(a.after -> 'partyOrganisation' ->> 'form', 'NONE')
FROM audit_entry a JOIN society s ON s.id = a.society_id
WHERE a.after ? 'healthTier' AND a.after ? 'status'
ORDER BY a.at, a.id;
INSERT INTO society_state (society_id, valid_from, status, health_tier, party_form)
SELECT s.id, s.created_at, s.status, s.health_tier, coalesce(s.party_form, 'NONE')
FROM society s WHERE NOT EXISTS (SELECT 1 FROM society_state h WHERE h.society_id = s.id);

-- a year's inspection round, opened by the nightly job on its day or by ADMIN
CREATE TABLE inspection_round (
    year      INT PRIMARY KEY,
    opened_at TIMESTAMPTZ NOT NULL,
    opened_by TEXT NOT NULL
);
INSERT INTO inspection_round (year, opened_at, opened_by)
SELECT year, now(), 'before rounds were recorded' FROM annual_inspection GROUP BY year;

-- the day the nightly check found a filed report still not forwarded after the forwarding deadline
ALTER TABLE annual_inspection ADD COLUMN forwarding_late_on DATE;

-- ShedLock's lock rows: a daily job runs on one instance per schedule
CREATE TABLE shedlock (
    name       VARCHAR(64) PRIMARY KEY,
    lock_until TIMESTAMP NOT NULL,
    locked_at  TIMESTAMP NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- each run of a daily job: which instance, when, and what came of it
CREATE TABLE job_run (
    id          UUID PRIMARY KEY,
    job         TEXT NOT NULL,
    instance    TEXT NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    outcome     TEXT NOT NULL,
    summary     TEXT
);
CREATE INDEX job_run_recent ON job_run (job, started_at DESC);
