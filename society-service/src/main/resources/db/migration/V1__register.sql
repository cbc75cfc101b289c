-- trigram indexes serve substring search on Chinese names
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE society (
    id                  UUID PRIMARY KEY,
    name                TEXT NOT NULL,
    short_name          TEXT,
    discipline_category TEXT NOT NULL,
    host_unit           TEXT NOT NULL,
    status              TEXT NOT NULL,
    health_tier         TEXT NOT NULL,
    credit_code         VARCHAR(18),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL
);
CREATE UNIQUE INDEX society_name_key ON society (name);
CREATE UNIQUE INDEX society_short_name_key ON society (short_name);
CREATE UNIQUE INDEX society_credit_code_key ON society (credit_code);
CREATE INDEX society_name_trgm ON society USING gin (name gin_trgm_ops);

-- Spring Modulith's event publication registry (schema v2 from spring-modulith-events-jdbc): the outbox
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
