-- the public notice (公示) of a programme's remaining nominations; its id is the programme's
CREATE TABLE public_notice (
    id             UUID PRIMARY KEY,
    year           INT         NOT NULL,
    kind           TEXT        NOT NULL,
    programme_name TEXT        NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL,
    closes_at      TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL
);

CREATE TABLE notice_entry (
    notice_id        UUID NOT NULL REFERENCES public_notice (id) ON DELETE CASCADE,
    position_index   INT  NOT NULL,
    nomination_id    UUID NOT NULL,
    candidate_name   TEXT NOT NULL,
    employer         TEXT NOT NULL,
    candidate_title  TEXT,
    work_title       TEXT,
    award_class      TEXT,
    award_class_name TEXT,
    society_id       UUID NOT NULL,
    society_name     TEXT,
    category         TEXT NOT NULL,
    PRIMARY KEY (notice_id, position_index)
);

-- an objection filed by anyone during the notice; the objector's name and phone are encrypted
CREATE TABLE objection (
    id                    UUID PRIMARY KEY,
    notice_id             UUID        NOT NULL REFERENCES public_notice (id),
    nomination_id         UUID        NOT NULL,
    receipt               TEXT        NOT NULL UNIQUE,
    objector_name_cipher  TEXT        NOT NULL,
    objector_phone_cipher TEXT        NOT NULL,
    content               TEXT        NOT NULL,
    filed_at              TIMESTAMPTZ NOT NULL,
    status                TEXT        NOT NULL,
    upheld                BOOLEAN,
    answer                TEXT,
    answered_by           TEXT,
    answered_at           TIMESTAMPTZ,
    version               BIGINT      NOT NULL
);
CREATE INDEX objection_by_notice ON objection (notice_id, status);
