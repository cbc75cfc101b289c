-- columns (栏目) in the paper, on TV, the news site and the platform; ADMIN adds more
CREATE TABLE content_column (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    built_in    BOOLEAN NOT NULL,
    position    INT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
INSERT INTO content_column (id, name, description, built_in, position, created_at) VALUES
    ('c0000000-0000-4000-8000-000000000001', '科技工作者风采', '学会优秀科技人才和学科带头人的先进事迹', true, 1, now()),
    ('c0000000-0000-4000-8000-000000000002', '科协之光', '科协和学会工作的亮点与成就', true, 2, now()),
    ('c0000000-0000-4000-8000-000000000003', '科协之窗', '科协和学会的工作动态', true, 3, now()),
    ('c0000000-0000-4000-8000-000000000004', '学会动态', '各学会子站发布的学会新闻', true, 4, now());

-- campaigns (会员日, 科普日, 科技活动周...) that articles run in
CREATE TABLE campaign (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version    BIGINT NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE article (
    id                UUID PRIMARY KEY,
    kind              TEXT NOT NULL,
    column_id         UUID NOT NULL REFERENCES content_column (id),
    society_id        UUID,
    campaign_id       UUID REFERENCES campaign (id),
    title             TEXT NOT NULL,
    summary           TEXT,
    -- sanitised HTML: nothing executable is ever stored
    body              TEXT NOT NULL,
    channels          TEXT[] NOT NULL,
    person_name       TEXT,
    person_title      TEXT,
    person_employer   TEXT,
    expert_id         UUID,
    discipline_leader BOOLEAN NOT NULL,
    status            TEXT NOT NULL,
    review_comment    TEXT,
    author            TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    submitted_at      TIMESTAMPTZ,
    published_at      TIMESTAMPTZ,
    archived_at       TIMESTAMPTZ,
    version           BIGINT NOT NULL
);
CREATE INDEX article_published ON article (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX article_by_society ON article (society_id, status);
CREATE INDEX article_by_expert ON article (expert_id) WHERE expert_id IS NOT NULL;

-- images stored with the content they illustrate, checked for size and type on the way in
CREATE TABLE article_image (
    id           UUID PRIMARY KEY,
    article_id   UUID NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    bytes        BYTEA NOT NULL,
    size         INT NOT NULL,
    width        INT NOT NULL,
    height       INT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX article_image_by_article ON article_image (article_id);
