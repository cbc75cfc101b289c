-- When Keycloak mailed a secretariat member the set-password link (execute-actions-email);
-- null while it has not (no mail configured, or not yet).
ALTER TABLE secretariat_account ADD COLUMN invitation_mailed_at TIMESTAMPTZ;
