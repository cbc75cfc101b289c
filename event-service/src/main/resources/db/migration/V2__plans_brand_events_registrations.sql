-- experts of the pool as event-service last heard of them from expert.events: speakers by reference,
-- and the societies a reviewer belongs to (a reviewer never rates their own society's plans)
CREATE TABLE expert (
    id       UUID PRIMARY KEY,
    name     TEXT NOT NULL,
    title    TEXT,
    employer TEXT,
    in_pool  BOOLEAN NOT NULL,
    as_of    TIMESTAMPTZ NOT NULL
);

CREATE TABLE expert_society (
    expert_id  UUID NOT NULL REFERENCES expert (id) ON DELETE CASCADE,
    society_id UUID NOT NULL,
    PRIMARY KEY (expert_id, society_id)
);

-- the yearly event plan (年度活动计划): ADMIN sets the deadline, societies file planned events
CREATE TABLE planning_deadline (
    year   INT PRIMARY KEY,
    due_on DATE NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE planned_event (
    id                  UUID PRIMARY KEY,
    year                INT NOT NULL,
    society_id          UUID NOT NULL,
    title               TEXT NOT NULL,
    kind                TEXT NOT NULL,
    planned_month       INT NOT NULL CHECK (planned_month BETWEEN 1 AND 12),
    expected_attendance INT NOT NULL CHECK (expected_attendance >= 0),
    partners            TEXT,
    status              TEXT NOT NULL,
    filed_at            TIMESTAMPTZ NOT NULL,
    filed_by            TEXT NOT NULL
);
CREATE INDEX planned_event_by_year ON planned_event (year, society_id);

CREATE TABLE planned_event_rating (
    planned_event_id UUID NOT NULL REFERENCES planned_event (id),
    expert_id        UUID NOT NULL,
    reviewer         TEXT NOT NULL,
    importance       INT NOT NULL CHECK (importance BETWEEN 1 AND 5),
    comment          TEXT,
    rated_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (planned_event_id, expert_id)
);

-- the academic-hall brand (学术会堂): numbered sessions per year, without gaps; the counter row is
-- locked by each branding so that concurrent brandings take consecutive numbers
CREATE TABLE academic_hall_year (
    year        INT PRIMARY KEY,
    last_number INT NOT NULL
);

CREATE TABLE academic_hall_session (
    year             INT NOT NULL,
    number           INT NOT NULL,
    planned_event_id UUID NOT NULL UNIQUE REFERENCES planned_event (id),
    branded_at       TIMESTAMPTZ NOT NULL,
    branded_by       TEXT NOT NULL,
    PRIMARY KEY (year, number)
);

-- events: times in UTC, shown in Asia/Shanghai
CREATE TABLE academic_event (
    id                UUID PRIMARY KEY,
    organiser_id      UUID NOT NULL,
    planned_event_id  UUID UNIQUE REFERENCES planned_event (id),
    title             TEXT NOT NULL,
    title_en          TEXT,
    kind              TEXT NOT NULL,
    starts_at         TIMESTAMPTZ NOT NULL,
    ends_at           TIMESTAMPTZ NOT NULL,
    venue             TEXT NOT NULL,
    city              TEXT NOT NULL,
    capacity          INT NOT NULL CHECK (capacity >= 0),
    registration_mode TEXT NOT NULL,
    description       TEXT,
    status            TEXT NOT NULL,
    status_reason     TEXT,
    published_at      TIMESTAMPTZ,
    held_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX academic_event_by_start ON academic_event (starts_at);
CREATE INDEX academic_event_by_organiser ON academic_event (organiser_id);

CREATE TABLE event_co_organiser (
    event_id   UUID NOT NULL REFERENCES academic_event (id) ON DELETE CASCADE,
    society_id UUID NOT NULL,
    PRIMARY KEY (event_id, society_id)
);
CREATE INDEX event_co_organiser_by_society ON event_co_organiser (society_id);

CREATE TABLE sub_forum (
    id        UUID PRIMARY KEY,
    event_id  UUID NOT NULL REFERENCES academic_event (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    title     TEXT NOT NULL,
    title_en  TEXT,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    venue     TEXT NOT NULL,
    capacity  INT NOT NULL CHECK (capacity >= 0),
    CHECK (ends_at > starts_at)
);
CREATE INDEX sub_forum_by_event ON sub_forum (event_id);

-- a speaker is a pool expert by reference (name etc. come from the expert read model) or an external
-- speaker with their own name; sub_forum_id is null for the main programme
CREATE TABLE speaker (
    event_id     UUID NOT NULL REFERENCES academic_event (id) ON DELETE CASCADE,
    sub_forum_id UUID REFERENCES sub_forum (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    expert_id    UUID,
    name         TEXT,
    title        TEXT,
    employer     TEXT,
    topic        TEXT,
    CHECK (expert_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX speaker_by_event ON speaker (event_id);
CREATE INDEX speaker_by_expert ON speaker (expert_id);

-- registration: one row per place asked for at a target (the event as a whole, or one sub-forum).
-- Sign-ups to one target are serialised on its quota row, which also numbers arrivals for the waiting list.
CREATE TABLE registration_quota (
    target_id         UUID PRIMARY KEY,
    event_id          UUID NOT NULL,
    next_queue_number BIGINT NOT NULL
);

CREATE TABLE invitation (
    id              UUID PRIMARY KEY,
    event_id        UUID NOT NULL,
    code            TEXT NOT NULL UNIQUE,
    invitee         TEXT NOT NULL,
    organisation    TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX invitation_by_event ON invitation (event_id);

CREATE TABLE registration (
    id                 UUID PRIMARY KEY,
    event_id           UUID NOT NULL,
    sub_forum_id       UUID,
    target_id          UUID NOT NULL,
    name               TEXT NOT NULL,
    organisation       TEXT,
    city               TEXT NOT NULL,
    -- personal data: shown in full only to ADMIN and the organiser's secretariat
    phone              TEXT NOT NULL,
    -- who the person is, for "once per person": a hash of the normalised phone, so no constraint message carries the number
    person_key         TEXT NOT NULL,
    status             TEXT NOT NULL,
    queue_number       BIGINT NOT NULL,
    ticket_code        TEXT NOT NULL UNIQUE,
    cancel_secret_hash TEXT NOT NULL UNIQUE,
    invitation_id      UUID REFERENCES invitation (id),
    registered_at      TIMESTAMPTZ NOT NULL,
    admitted_at        TIMESTAMPTZ,
    cancelled_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX registration_once_per_person ON registration (target_id, person_key) WHERE status <> 'CANCELLED';
CREATE UNIQUE INDEX registration_once_per_invitation ON registration (invitation_id) WHERE status <> 'CANCELLED';
CREATE INDEX registration_by_target ON registration (target_id, status, queue_number);
CREATE INDEX registration_by_event ON registration (event_id);

-- check-in at the door, once per ticket; the person and city are copied so attendance is counted here
CREATE TABLE check_in (
    registration_id UUID PRIMARY KEY,
    event_id        UUID NOT NULL,
    sub_forum_id    UUID,
    person_key      TEXT NOT NULL,
    city            TEXT NOT NULL,
    checked_in_at   TIMESTAMPTZ NOT NULL,
    checked_in_by   TEXT NOT NULL
);
CREATE INDEX check_in_by_event ON check_in (event_id);

-- popular-science outreach (科普) reaches more people than sign up: the organiser records them
CREATE TABLE outreach_beneficiaries (
    event_id      UUID PRIMARY KEY,
    beneficiaries INT NOT NULL CHECK (beneficiaries >= 0),
    note          TEXT,
    recorded_at   TIMESTAMPTZ NOT NULL,
    recorded_by   TEXT NOT NULL
);
