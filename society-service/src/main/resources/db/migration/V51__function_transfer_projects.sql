-- Functions transferred from government and services it purchases (承接政府转移职能、政府购买服务),
-- awarded to eligible societies.
CREATE TABLE function_transfer_project (
    id                   UUID PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('FUNCTION_TRANSFER', 'PURCHASED_SERVICE')),
    title                TEXT NOT NULL,
    commissioning_bureau TEXT NOT NULL,
    function_name        TEXT NOT NULL,
    contract_amount      NUMERIC(14, 2) NOT NULL CHECK (contract_amount > 0),
    starts_on            DATE NOT NULL,
    ends_on              DATE NOT NULL,
    society_id           UUID NOT NULL REFERENCES society (id),
    society_name         TEXT NOT NULL,
    grade_at_award       TEXT,
    status               TEXT NOT NULL CHECK (status IN ('AWARDED', 'DELIVERED', 'EVALUATED', 'TERMINATED')),
    awarded_on           DATE NOT NULL,
    awarded_by           TEXT NOT NULL,
    outcome_summary      TEXT,
    delivered_on         DATE,
    evaluation_rating    TEXT,
    evaluation_comments  TEXT,
    evaluated_on         DATE,
    termination_reason   TEXT,
    version              BIGINT NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX function_transfer_project_by_society ON function_transfer_project (society_id);
CREATE INDEX function_transfer_project_by_awarded_on ON function_transfer_project (awarded_on);

CREATE TABLE function_transfer_milestone (
    project_id   UUID NOT NULL REFERENCES function_transfer_project (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    title        TEXT NOT NULL,
    due_on       DATE NOT NULL,
    completed_on DATE,
    note         TEXT,
    PRIMARY KEY (project_id, position)
);
