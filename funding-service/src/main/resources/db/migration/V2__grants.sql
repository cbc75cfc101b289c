CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- who changed what, when, before and after: every step of a grant, the catalogue, budgets and links
CREATE TABLE audit_entry (
    id         UUID PRIMARY KEY,
    subject_id TEXT NOT NULL,
    society_id UUID,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    before     JSONB,
    after      JSONB
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_id, at DESC);
CREATE INDEX audit_entry_society_idx ON audit_entry (society_id, at DESC);

-- the catalogue of what the association funds: categories and their sub-items
CREATE TABLE grant_category (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INT NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE TABLE grant_sub_item (
    code          TEXT PRIMARY KEY,
    category_code TEXT NOT NULL REFERENCES grant_category (code),
    name          TEXT NOT NULL UNIQUE,
    position      INT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO grant_category (code, name, position) VALUES
    ('ACADEMIC_EXCHANGE', '学术和科技交流', 1),
    ('PUBLIC_SERVICE', '公共服务', 2),
    ('SOCIETY_CAPACITY', '学会建设', 3);
INSERT INTO grant_sub_item (code, category_code, name, position) VALUES
    ('ANNUAL_CONFERENCE', 'ACADEMIC_EXCHANGE', '学术年会', 1),
    ('EXCHANGE_ACTIVITY', 'ACADEMIC_EXCHANGE', '学术和科技交流活动', 2),
    ('HOSTED_MEETING', 'ACADEMIC_EXCHANGE', '承接全国性或区域性专业学术活动', 3),
    ('POPULAR_SCIENCE', 'PUBLIC_SERVICE', '科普活动', 4),
    ('INTERNAL_JOURNAL', 'SOCIETY_CAPACITY', '内刊建设', 5),
    ('MEMBER_CONGRESS', 'SOCIETY_CAPACITY', '会员代表大会', 6);

-- a year's budget: one allocation per category; allocated = committed + available, always
CREATE TABLE allocation (
    year          INT NOT NULL,
    category_code TEXT NOT NULL REFERENCES grant_category (code),
    allocated     NUMERIC(14, 2) NOT NULL CHECK (allocated >= 0),
    committed     NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (committed >= 0),
    available     NUMERIC(14, 2) GENERATED ALWAYS AS (allocated - committed) STORED,
    disbursed     NUMERIC(14, 2) NOT NULL DEFAULT 0 CHECK (disbursed >= 0),
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (year, category_code),
    CONSTRAINT allocation_never_over_committed CHECK (committed <= allocated),
    CONSTRAINT allocation_disbursed_within_committed CHECK (disbursed <= committed)
);

-- every movement of an allocation, with the balances it left
CREATE TABLE ledger_entry (
    id             UUID PRIMARY KEY,
    year           INT NOT NULL,
    category_code  TEXT NOT NULL,
    application_id UUID,
    kind           TEXT NOT NULL,
    amount         NUMERIC(14, 2) NOT NULL,
    allocated      NUMERIC(14, 2) NOT NULL,
    committed      NUMERIC(14, 2) NOT NULL,
    available      NUMERIC(14, 2) NOT NULL,
    disbursed      NUMERIC(14, 2) NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    actor          TEXT NOT NULL,
    note           TEXT,
    FOREIGN KEY (year, category_code) REFERENCES allocation (year, category_code)
);
CREATE INDEX ledger_entry_year_idx ON ledger_entry (year, at, id);
CREATE INDEX ledger_entry_application_idx ON ledger_entry (application_id);

-- calls for applications (申报通知)
CREATE TABLE grant_call (
    id            UUID PRIMARY KEY,
    year          INT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT,
    opens_on      DATE NOT NULL,
    closes_on     DATE NOT NULL,
    max_per_grant NUMERIC(14, 2) NOT NULL CHECK (max_per_grant > 0),
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT NOT NULL,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX grant_call_year_idx ON grant_call (year);
CREATE TABLE call_category (
    call_id       UUID NOT NULL REFERENCES grant_call (id) ON DELETE CASCADE,
    category_code TEXT NOT NULL REFERENCES grant_category (code),
    PRIMARY KEY (call_id, category_code)
);
CREATE TABLE call_criterion (
    call_id        UUID NOT NULL REFERENCES grant_call (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    key            TEXT NOT NULL,
    name           TEXT NOT NULL,
    weight         INT NOT NULL CHECK (weight > 0),
    PRIMARY KEY (call_id, position_index)
);

-- grant applications (资助申请) and the grants they become
CREATE TABLE grant_application (
    id                  UUID PRIMARY KEY,
    society_id          UUID NOT NULL,
    society_name        TEXT,
    call_id             UUID NOT NULL REFERENCES grant_call (id),
    year                INT NOT NULL,
    category_code       TEXT NOT NULL,
    sub_item_code       TEXT NOT NULL REFERENCES grant_sub_item (code),
    tag                 TEXT NOT NULL,
    title               TEXT NOT NULL,
    planned_start       DATE NOT NULL,
    planned_end         DATE NOT NULL,
    venue               TEXT,
    expected_attendance INT CHECK (expected_attendance >= 0),
    requested_amount    NUMERIC(14, 2) NOT NULL CHECK (requested_amount > 0),
    status              TEXT NOT NULL,
    status_comment      TEXT,
    submitted_at        TIMESTAMPTZ,
    review_score        NUMERIC(5, 2),
    approved_amount     NUMERIC(14, 2) CHECK (approved_amount > 0),
    decided_at          TIMESTAMPTZ,
    signed_on           DATE,
    report_due_on       DATE,
    overdue_since       DATE,
    disbursed_amount    NUMERIC(14, 2) NOT NULL DEFAULT 0,
    accepted_spending   NUMERIC(14, 2),
    settled_amount      NUMERIC(14, 2),
    closed_at           TIMESTAMPTZ,
    created_by          TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT NOT NULL,
    CHECK (planned_end >= planned_start),
    CHECK (approved_amount IS NULL OR approved_amount <= requested_amount),
    CHECK (disbursed_amount >= 0 AND disbursed_amount <= coalesce(approved_amount, 0))
);
CREATE INDEX grant_application_society_idx ON grant_application (society_id, status);
CREATE INDEX grant_application_year_idx ON grant_application (year, status);
CREATE INDEX grant_application_call_idx ON grant_application (call_id);
CREATE INDEX grant_application_title_trgm ON grant_application USING gin (title gin_trgm_ops);
CREATE INDEX grant_application_report_due_idx ON grant_application (report_due_on) WHERE status = 'AGREED';
CREATE TABLE budget_line (
    application_id UUID NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    item           TEXT NOT NULL,
    amount         NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (application_id, position_index)
);
CREATE TABLE co_organiser (
    application_id UUID NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    name           TEXT NOT NULL,
    PRIMARY KEY (application_id, position_index)
);

-- experts as funding last heard of them from expert.events: what recusal needs
CREATE TABLE known_expert (
    id       UUID PRIMARY KEY,
    name     TEXT,
    employer TEXT,
    in_pool  BOOLEAN NOT NULL,
    as_of    TIMESTAMPTZ NOT NULL,
    version  BIGINT NOT NULL
);
CREATE TABLE known_expert_society (
    expert_id  UUID NOT NULL REFERENCES known_expert (id) ON DELETE CASCADE,
    society_id UUID NOT NULL,
    PRIMARY KEY (expert_id, society_id)
);
CREATE INDEX known_expert_society_idx ON known_expert_society (society_id);

-- review: assignments, rubric scores, declared conflicts
CREATE TABLE review_assignment (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES grant_application (id),
    expert_id      UUID NOT NULL,
    status         TEXT NOT NULL,
    total          NUMERIC(5, 2),
    comments       TEXT,
    assigned_at    TIMESTAMPTZ NOT NULL,
    assigned_by    TEXT NOT NULL,
    scored_at      TIMESTAMPTZ,
    version        BIGINT NOT NULL,
    UNIQUE (application_id, expert_id)
);
CREATE INDEX review_assignment_expert_idx ON review_assignment (expert_id, status);
CREATE TABLE review_score (
    assignment_id  UUID NOT NULL REFERENCES review_assignment (id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    criterion      TEXT NOT NULL,
    score          INT NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (assignment_id, position_index)
);
CREATE TABLE declared_conflict (
    id             UUID PRIMARY KEY,
    expert_id      UUID NOT NULL,
    society_id     UUID NOT NULL,
    application_id UUID,
    reason         TEXT NOT NULL,
    declared_by    TEXT NOT NULL,
    declared_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX declared_conflict_expert_idx ON declared_conflict (expert_id, society_id);

-- the grant agreement and its tranches
CREATE TABLE agreement (
    application_id UUID PRIMARY KEY REFERENCES grant_application (id),
    signed_on      DATE NOT NULL,
    report_due_on  DATE NOT NULL,
    terms          TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT NOT NULL
);
CREATE TABLE tranche (
    application_id UUID NOT NULL REFERENCES agreement (application_id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    amount         NUMERIC(14, 2) NOT NULL CHECK (amount > 0),
    due_on         DATE NOT NULL,
    condition      TEXT,
    paid_on        DATE,
    reference      TEXT,
    PRIMARY KEY (application_id, position_index)
);

-- the final report (acquittal) with actual spending per budget line, and its evidence
CREATE TABLE final_report (
    application_id    UUID PRIMARY KEY REFERENCES grant_application (id),
    summary           TEXT NOT NULL,
    actual_attendance INT CHECK (actual_attendance >= 0),
    held_from         DATE,
    held_to           DATE,
    status            TEXT NOT NULL,
    comments          TEXT,
    submitted_at      TIMESTAMPTZ,
    reviewed_at       TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT NOT NULL
);
CREATE TABLE spending_line (
    application_id UUID NOT NULL REFERENCES final_report (application_id) ON DELETE CASCADE,
    position_index INT NOT NULL,
    item           TEXT NOT NULL,
    planned        NUMERIC(14, 2) NOT NULL CHECK (planned >= 0),
    actual         NUMERIC(14, 2) NOT NULL CHECK (actual >= 0),
    PRIMARY KEY (application_id, position_index)
);
CREATE TABLE evidence_file (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES grant_application (id),
    filename       TEXT NOT NULL,
    media_type     TEXT NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         TEXT NOT NULL,
    content        BYTEA NOT NULL,
    uploaded_by    TEXT NOT NULL,
    uploaded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX evidence_file_application_idx ON evidence_file (application_id);

-- financing links: partnerships between a society and a financial institution
CREATE TABLE financing_link (
    id           UUID PRIMARY KEY,
    society_id   UUID NOT NULL,
    society_name TEXT,
    institution  TEXT NOT NULL,
    instrument   TEXT NOT NULL,
    amount       NUMERIC(14, 2) CHECK (amount >= 0),
    starts_on    DATE NOT NULL,
    ends_on      DATE,
    note         TEXT,
    recorded_by  TEXT NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      BIGINT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX financing_link_society_idx ON financing_link (society_id);
CREATE INDEX financing_link_institution_trgm ON financing_link USING gin (institution gin_trgm_ops);
