-- when a case was drafted, to the instant: lists show the newest first, and a dismissal is
-- compared with later grounds
ALTER TABLE disqualification_case ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE disqualification_case ALTER COLUMN created_at DROP DEFAULT;
CREATE INDEX disqualification_case_society ON disqualification_case (society_id, created_at DESC);
