-- The audit trail also records changes about a pool expert's account, which belong to no society.
ALTER TABLE audit_entry ALTER COLUMN society_id DROP NOT NULL;
ALTER TABLE audit_entry ADD COLUMN expert_id UUID;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_subject CHECK (society_id IS NOT NULL OR expert_id IS NOT NULL);
CREATE INDEX audit_entry_expert_idx ON audit_entry (expert_id, at DESC) WHERE expert_id IS NOT NULL;
