-- a sub-site per society, opened when the society first stands ACTIVE and kept in step from society.events
CREATE TABLE site (
    society_id          UUID PRIMARY KEY,
    name                TEXT NOT NULL,
    short_name          TEXT,
    discipline_category TEXT,
    host_unit           TEXT,
    credit_code         TEXT,
    party_organisation  TEXT,
    status              TEXT NOT NULL,
    status_reason       TEXT,
    introduction        TEXT,
    features            TEXT,
    contact             TEXT,
    opened_at           TIMESTAMPTZ NOT NULL,
    -- the time of the last society event applied: an older one never overwrites newer state
    as_of               TIMESTAMPTZ NOT NULL,
    -- the last change to anything the site itself shows (Last-Modified of its pages)
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX site_by_name ON site (name COLLATE "zh-x-icu");

-- page views per page and day (Asia/Shanghai), flushed from memory in batches; site_key is the
-- society id of a sub-site's pages, or 'portal'
CREATE TABLE page_view (
    site_key TEXT   NOT NULL,
    day      DATE   NOT NULL,
    path     TEXT   NOT NULL,
    views    BIGINT NOT NULL,
    PRIMARY KEY (site_key, day, path)
);
CREATE INDEX page_view_by_day ON page_view (day);
