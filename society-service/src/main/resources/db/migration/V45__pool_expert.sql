-- The experts of the association's pools as expert-service reports them on expert.events
-- (ExpertAdmitted, ExpertProfileChanged, ExpertLeftPool): enough to grant an expert an account
-- (the name) and to withdraw it when the expert leaves every pool. as_of is the time of the event
-- the row reflects, so an older event never overwrites newer state.
CREATE TABLE pool_expert (
    id UUID PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT,
    employer TEXT,
    pools TEXT[] NOT NULL,
    committee_member BOOLEAN NOT NULL,
    as_of TIMESTAMPTZ NOT NULL
);
