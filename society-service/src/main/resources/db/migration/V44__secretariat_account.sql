-- A society's secretariat member with a platform account in Keycloak. The row holds what the
-- account should be (state); synced tells whether Keycloak has been brought to it yet. No
-- password is ever stored here.
CREATE TABLE secretariat_account (
    id UUID PRIMARY KEY,
    society_id UUID NOT NULL REFERENCES society (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    username TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('ACTIVE', 'DISABLED', 'REMOVED', 'REFUSED')),
    keycloak_user_id TEXT,
    synced BOOLEAN NOT NULL DEFAULT FALSE,
    problem TEXT,
    invited_at TIMESTAMPTZ NOT NULL,
    invited_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX secretariat_account_society_idx ON secretariat_account (society_id);
-- one live account per sign-in name; a removed one frees its name for a new invitation
CREATE UNIQUE INDEX secretariat_account_username_idx ON secretariat_account (username)
    WHERE state <> 'REMOVED';
