-- The report counts as the owning services' stats do (issue 11).

-- what a closed grant finally cost (GrantClosed.settledAmount), which funding counts as committed
ALTER TABLE report_grant ADD COLUMN settled_amount NUMERIC(14, 2);

-- funding counts a financing link in every year it is in force, not only the year it starts
ALTER TABLE report_financing_link ADD COLUMN ends_on DATE;

-- pool memberships with their days, so that a pool can be counted as it stood at the end of a year
CREATE TABLE pool_membership (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    expert_id   UUID NOT NULL,
    pool        TEXT NOT NULL,
    admitted_on DATE NOT NULL,
    ended_on    DATE
);
CREATE INDEX pool_membership_open ON pool_membership (expert_id, pool) WHERE ended_on IS NULL;

-- experts heard of before this table existed: in their pools since an unknown day
INSERT INTO pool_membership (expert_id, pool, admitted_on)
SELECT id, pool, DATE '-infinity' FROM pool_expert, unnest(pools) AS pool;
