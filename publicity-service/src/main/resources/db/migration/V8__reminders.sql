-- Deadlines the services announce (DeadlineScheduled/Met/Cancelled): the latest announcement of a
-- deadline stands, an older one arriving late changes nothing (as_of).
CREATE TABLE deadline (
    deadline_id   TEXT PRIMARY KEY,
    producer      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('OPEN', 'MET', 'CANCELLED')),
    due_at        TIMESTAMPTZ,
    audience_kind TEXT CHECK (audience_kind IN ('SOCIETY', 'EXPERT', 'ADMIN')),
    society_id    UUID,
    expert_id     UUID,
    title         TEXT,
    link          TEXT,
    met_at        TIMESTAMPTZ,
    reason        TEXT,
    as_of         TIMESTAMPTZ NOT NULL
);
CREATE INDEX deadline_open_idx ON deadline (due_at) WHERE state = 'OPEN';

-- Each reminder given at most once: a deadline (at the due time it had), the stage (P30D, P7D,
-- P1D, ... or MISSED for the escalation), the person (Keycloak username) and the channel. The row
-- is inserted in the same transaction as the notice or the mail it stands for.
CREATE TABLE reminder_claim (
    deadline_id TEXT NOT NULL,
    due_at      TIMESTAMPTZ NOT NULL,
    stage       TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('INBOX', 'EMAIL')),
    claimed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deadline_id, due_at, stage, recipient, channel)
);

-- The in-app inbox: one row per notice for one person.
CREATE TABLE inbox_notice (
    id          UUID PRIMARY KEY,
    recipient   TEXT NOT NULL,
    deadline_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    stage       TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    link        TEXT,
    due_at      TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX inbox_notice_recipient_idx ON inbox_notice (recipient, created_at DESC);
CREATE INDEX inbox_notice_unread_idx ON inbox_notice (recipient) WHERE read_at IS NULL;

-- What each person wants: mail or the inbox only, one daily digest instead of single mails, and
-- the kinds of deadline they do not want to hear about. No row: the defaults.
CREATE TABLE reminder_preference (
    recipient    TEXT PRIMARY KEY,
    email        BOOLEAN NOT NULL,
    daily_digest BOOLEAN NOT NULL,
    muted_kinds  TEXT[] NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- Mail on its way: PENDING until sent (retried with backoff: attempts, next_attempt_at,
-- last_error), FAILED after the last attempt; HELD for the recipient's daily digest, DIGESTED once
-- it went out in one (digest_id).
CREATE TABLE outgoing_mail (
    id              UUID PRIMARY KEY,
    recipient       TEXT NOT NULL,
    address         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('HELD', 'PENDING', 'SENT', 'FAILED', 'DIGESTED')),
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    digest_id       UUID
);
CREATE INDEX outgoing_mail_pending_idx ON outgoing_mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outgoing_mail_held_idx ON outgoing_mail (recipient) WHERE status = 'HELD';
CREATE INDEX outgoing_mail_created_idx ON outgoing_mail (created_at DESC);
