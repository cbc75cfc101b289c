-- evaluation grades and function-transfer projects, as society.events reports them (issue 16)
CREATE TABLE report_grade (
    grade_id    UUID PRIMARY KEY,
    society_id  UUID NOT NULL,
    -- the level awarded; a later lowering does not change what the year awarded
    level       TEXT NOT NULL,
    awarded_on  DATE NOT NULL,
    valid_until DATE NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX report_grade_by_awarded_on ON report_grade (awarded_on);

CREATE TABLE report_function_transfer (
    project_id      UUID PRIMARY KEY,
    society_id      UUID NOT NULL,
    kind            TEXT NOT NULL,
    contract_amount NUMERIC(14, 2) NOT NULL,
    awarded_on      DATE NOT NULL,
    at              TIMESTAMPTZ NOT NULL
);
