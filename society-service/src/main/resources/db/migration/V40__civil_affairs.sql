-- Messages from the civil-affairs registration system (民政/社会组织管理局), one row per sender's
-- messageId: a repeat is answered from here and never applied twice.
CREATE TABLE civil_affairs_inbox (
    message_id   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    society_id   UUID,
    -- what a newer message of the same society and key replaces: the kind, plus the year for inspections
    ordering_key TEXT,
    sent_at      TIMESTAMPTZ,
    payload      JSONB NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    -- APPLIED, WAITING (for the society to reach the state it needs), REJECTED, SUPERSEDED
    status       TEXT NOT NULL,
    processed_at TIMESTAMPTZ,
    error        TEXT,
    -- [{field, message}] when the message itself was invalid
    errors       JSONB
);
CREATE INDEX civil_affairs_inbox_waiting_idx ON civil_affairs_inbox (society_id, sent_at DESC) WHERE status = 'WAITING';
CREATE INDEX civil_affairs_inbox_applied_idx ON civil_affairs_inbox (society_id, ordering_key, sent_at DESC) WHERE status = 'APPLIED';
CREATE INDEX civil_affairs_inbox_status_idx ON civil_affairs_inbox (status, received_at DESC);

-- What this service sends to civil affairs: written by event listeners, posted by a scheduled
-- sender with exponential backoff, so nothing is lost while civil affairs is down.
CREATE TABLE civil_affairs_dispatch (
    id              UUID PRIMARY KEY,
    kind            TEXT NOT NULL,
    society_id      UUID NOT NULL,
    -- the event it was made from: a redelivered event adds no second dispatch
    source_event    TEXT NOT NULL UNIQUE,
    payload         JSONB NOT NULL,
    -- PENDING, SENT, FAILED
    status          TEXT NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    -- set while a sender is posting it, so no second sender picks it up meanwhile
    claimed_until   TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX civil_affairs_dispatch_due_idx ON civil_affairs_dispatch (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX civil_affairs_dispatch_society_idx ON civil_affairs_dispatch (society_id, created_at);
CREATE INDEX civil_affairs_dispatch_status_idx ON civil_affairs_dispatch (status, created_at DESC);
