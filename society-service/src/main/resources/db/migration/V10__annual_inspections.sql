-- annual inspection (年检): one per society and inspected year
CREATE TABLE annual_inspection (
    id                  UUID PRIMARY KEY,
    society_id          UUID NOT NULL REFERENCES society (id),
    year                INT NOT NULL,
    status              TEXT NOT NULL,
    outcome             TEXT,
    summary             TEXT,
    activities_held     INT CHECK (activities_held >= 0),
    individual_members  INT CHECK (individual_members >= 0),
    unit_members        INT CHECK (unit_members >= 0),
    income              NUMERIC(14, 2),
    expenditure         NUMERIC(14, 2),
    net_assets          NUMERIC(14, 2),
    report_filed_at     TIMESTAMPTZ,
    pre_review_comments TEXT,
    pre_reviewed_at     TIMESTAMPTZ,
    forwarded_at        TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ,
    version             BIGINT NOT NULL,
    UNIQUE (society_id, year)
);
CREATE INDEX annual_inspection_year_status ON annual_inspection (year, status);
CREATE INDEX annual_inspection_pending ON annual_inspection (status) WHERE status = 'PENDING';
