-- pool experts as expert.events describe them (public fields only)
CREATE TABLE pool_expert (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    title       TEXT,
    title_level TEXT,
    employer    TEXT,
    category    TEXT,
    pools       TEXT[] NOT NULL,
    society_ids UUID[] NOT NULL,
    as_of       TIMESTAMPTZ NOT NULL
);
CREATE INDEX pool_expert_by_society ON pool_expert USING gin (society_ids);

-- academic events as event.events describe them: the sub-sites' calendars and the academic hall
CREATE TABLE academic_event (
    id             UUID PRIMARY KEY,
    society_id     UUID NOT NULL,
    title          TEXT NOT NULL,
    kind           TEXT,
    starts_at      TIMESTAMPTZ,
    ends_at        TIMESTAMPTZ,
    venue          TEXT,
    status         TEXT NOT NULL,
    planned_event_id UUID,
    session_label  TEXT,
    attendance     INT,
    beneficiaries  INT,
    as_of          TIMESTAMPTZ NOT NULL
);
CREATE INDEX academic_event_by_society ON academic_event (society_id, starts_at);
CREATE INDEX academic_event_by_plan ON academic_event (planned_event_id);

-- academic-hall sessions (学术会堂第N期): planned events ADMIN branded, from EventBranded
CREATE TABLE hall_session (
    planned_event_id UUID PRIMARY KEY,
    year             INT NOT NULL,
    number           INT NOT NULL,
    label            TEXT,
    society_id       UUID NOT NULL,
    society_name     TEXT,
    title            TEXT NOT NULL,
    kind             TEXT,
    planned_month    INT,
    as_of            TIMESTAMPTZ NOT NULL
);
CREATE INDEX hall_session_by_year ON hall_session (year, number);

-- award public notices (公示) from AwardPublicNoticeOpened
CREATE TABLE public_notice (
    award_id   UUID PRIMARY KEY,
    award_name TEXT NOT NULL,
    award_kind TEXT,
    year       INT NOT NULL,
    opens_on   DATE NOT NULL,
    closes_on  DATE NOT NULL,
    objection_path TEXT,
    as_of      TIMESTAMPTZ NOT NULL
);
CREATE TABLE public_notice_nominee (
    award_id      UUID NOT NULL REFERENCES public_notice (award_id) ON DELETE CASCADE,
    position      INT NOT NULL,
    nomination_id UUID NOT NULL,
    candidate     TEXT NOT NULL,
    employer      TEXT,
    society_id    UUID,
    society_name  TEXT,
    award_class   TEXT,
    award_class_name TEXT,
    work_title    TEXT,
    PRIMARY KEY (award_id, position)
);
