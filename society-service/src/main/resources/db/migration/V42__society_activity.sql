-- activity: what event-service reported about each society's events (from event.events), the
-- health tier computed from it, and ADMIN's overrides

-- one row per society and event (or planned event) and kind of fact; a repeated or changed event updates its row
CREATE TABLE activity_fact (
    society_id UUID NOT NULL,
    subject_id UUID NOT NULL,
    fact       TEXT NOT NULL,
    role       TEXT NOT NULL,
    kind       TEXT,
    title      TEXT,
    -- when: the event's end for HELD; when it was reported for the others
    at         TIMESTAMPTZ NOT NULL,
    attended   INT,
    PRIMARY KEY (society_id, subject_id, fact)
);
CREATE INDEX activity_fact_by_society ON activity_fact (society_id, at);

CREATE TABLE health_assessment (
    society_id    UUID PRIMARY KEY,
    computed_tier TEXT NOT NULL,
    held          INT NOT NULL,
    signs_of_life INT NOT NULL,
    assessed_at   TIMESTAMPTZ NOT NULL
);

-- ADMIN's rating by hand: it stands while the computed tier stays what it was when ADMIN rated
CREATE TABLE health_override (
    society_id         UUID PRIMARY KEY,
    tier               TEXT NOT NULL,
    reason             TEXT,
    rated_by           TEXT NOT NULL,
    rated_at           TIMESTAMPTZ NOT NULL,
    computed_tier_then TEXT
);
