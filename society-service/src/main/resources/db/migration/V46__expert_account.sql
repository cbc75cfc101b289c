-- A pool expert's platform account in Keycloak, with the roles ADMIN granted (REVIEWER, EXPERT).
-- As for secretariat accounts, the row holds what the account should be and synced tells whether
-- Keycloak has been brought to it; no password is ever stored.
CREATE TABLE expert_account (
    id UUID PRIMARY KEY,
    expert_id UUID NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    username TEXT NOT NULL,
    reviewer BOOLEAN NOT NULL,
    expert BOOLEAN NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('ACTIVE', 'WITHDRAWN', 'REFUSED')),
    keycloak_user_id TEXT,
    synced BOOLEAN NOT NULL DEFAULT FALSE,
    problem TEXT,
    invitation_mailed_at TIMESTAMPTZ,
    granted_at TIMESTAMPTZ NOT NULL,
    granted_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    CHECK (state <> 'ACTIVE' OR reviewer OR expert)
);
-- one account per expert and per sign-in name; a refused one frees both for another try
CREATE UNIQUE INDEX expert_account_expert_idx ON expert_account (expert_id) WHERE state <> 'REFUSED';
CREATE UNIQUE INDEX expert_account_username_idx ON expert_account (username) WHERE state <> 'REFUSED';
