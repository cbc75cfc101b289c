-- societies as funding last heard of them from society.events
CREATE TABLE society (
    id                  UUID PRIMARY KEY,
    name                TEXT,
    short_name          TEXT,
    discipline_category TEXT,
    status              TEXT,
    as_of               TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL
);

-- idempotent consumers: the events each consumer has applied
CREATE TABLE processed_event (
    consumer     TEXT NOT NULL,
    event_id     UUID NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

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
