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
    summary        TEXT,
    status         TEXT NOT NULL,
    session_number INT,
    session_year   INT,
    attendance     INT,
    beneficiaries  INT,
    as_of          TIMESTAMPTZ NOT NULL
);
CREATE INDEX academic_event_by_society ON academic_event (society_id, starts_at);
CREATE INDEX academic_event_sessions ON academic_event (session_year, session_number) WHERE session_number IS NOT NULL;

-- award public notices (公示) from AwardPublicNoticeOpened
CREATE TABLE public_notice (
    award_id   UUID PRIMARY KEY,
    award_name TEXT NOT NULL,
    award_kind TEXT,
    year       INT NOT NULL,
    opens_on   DATE NOT NULL,
    closes_on  DATE NOT NULL,
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
    work_title    TEXT,
    PRIMARY KEY (award_id, position)
);
