-- trigram indexes serve substring search on Chinese names
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- the city's bureaus that host societies (挂靠单位)
CREATE TABLE host_unit (
    name       TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL
);
INSERT INTO host_unit (name, created_at)
SELECT unit, now() FROM unnest(ARRAY[
    '市科学技术协会', '市卫生健康委员会', '市农业农村局', '市住房和城乡建设局', '市工业和信息化局',
    '市教育局', '市财政局', '市水务局', '市自然资源和规划局', '市生态环境局', '市市场监督管理局',
    '市发展和改革委员会', '市统计局', '市地方金融监督管理局', '市能源局', '市气象局', '市地震监测中心',
    '市城市管理局', '市大数据中心', '市通信发展管理办公室', '市科学技术局', '市人力资源和社会保障局',
    '市文化和旅游局', '市交通运输局', '国网济宁供电公司', '市轻纺工业办公室']) AS unit;

CREATE TABLE society (
    id                   UUID PRIMARY KEY,
    name                 TEXT NOT NULL,
    short_name           TEXT,
    discipline_category  TEXT NOT NULL,
    host_unit            TEXT NOT NULL REFERENCES host_unit (name) ON UPDATE CASCADE,
    status               TEXT NOT NULL,
    deregistration_stage TEXT,
    status_reason        TEXT,
    health_tier          TEXT NOT NULL,
    credit_code          VARCHAR(18),
    registered_on        DATE,
    founded_on           DATE,
    joined_on            DATE,
    individual_members   INT CHECK (individual_members >= 0),
    unit_members         INT CHECK (unit_members >= 0),
    assets               NUMERIC(14, 2) CHECK (assets >= 0),
    address              TEXT,
    legal_representative TEXT,
    term_years           INT NOT NULL DEFAULT 5,
    party_form           TEXT,
    party_established_on DATE,
    party_member_count   INT,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT NOT NULL
);
CREATE UNIQUE INDEX society_name_key ON society (name);
CREATE UNIQUE INDEX society_short_name_key ON society (short_name);
CREATE UNIQUE INDEX society_credit_code_key ON society (credit_code);
CREATE INDEX society_name_trgm ON society USING gin (name gin_trgm_ops);
CREATE INDEX society_short_name_trgm ON society USING gin (short_name gin_trgm_ops);
CREATE INDEX society_status_idx ON society (status);

CREATE TABLE leader (
    society_id     UUID NOT NULL REFERENCES society (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    position       TEXT NOT NULL,
    name           TEXT NOT NULL,
    workplace      TEXT,
    PRIMARY KEY (society_id, position_index)
);

CREATE TABLE contact (
    society_id     UUID NOT NULL REFERENCES society (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    name           TEXT NOT NULL,
    role           TEXT,
    phone          TEXT,
    email          TEXT,
    PRIMARY KEY (society_id, position_index)
);

-- who changed what, when, with the record before and after
CREATE TABLE audit_entry (
    id         UUID PRIMARY KEY,
    society_id UUID NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    before     JSONB,
    after      JSONB
);
CREATE INDEX audit_entry_society_idx ON audit_entry (society_id, at DESC);

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
