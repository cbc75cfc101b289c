-- ADMIN's dates for one year's round where they differ from platform.inspection's defaults (the
-- association's yearly notice may open the round early, extend the report deadline, ...)
CREATE TABLE inspection_schedule (
    year        INT PRIMARY KEY,
    opens_on    DATE NOT NULL,
    report_due  DATE NOT NULL,
    forward_due DATE NOT NULL,
    reason      TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    set_at      TIMESTAMPTZ NOT NULL,
    CHECK (opens_on <= report_due AND report_due <= forward_due)
);
