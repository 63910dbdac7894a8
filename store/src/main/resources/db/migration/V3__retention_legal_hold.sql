-- Daylight schema, version 3: retention and legal hold (docs/privacy/retention.md).

-- A case under legal hold is kept, with its findings and the events of its subject and members,
-- whatever the retention periods say, until an admin lifts the hold. Setting and lifting are
-- audited (action 'case.hold' / 'case.release', target 'case:<kind>:<subject>').
ALTER TABLE case_state ADD COLUMN legal_hold  boolean NOT NULL DEFAULT false;
ALTER TABLE case_state ADD COLUMN hold_reason text;

-- Retention uses event time for events and findings, and arrival time for rejected lines.
CREATE INDEX findings_by_time ON findings (time);
CREATE INDEX rejected_by_arrival ON rejected (received_at);

-- The audit log stays append-only for everyone, with one deliberate exception: audit_log_retire
-- removes the oldest rows up to and including row `through`, and only when the newest row of the
-- log is the 'retention.audit' record naming that row and its hash. That record re-anchors the
-- chain: the first row left has prev_hash = the retired row's hash, which the record carries, so
-- AuditLog.verify() still proves every remaining row and that nothing was removed except by a
-- recorded retention run. The trigger lets a DELETE through only for rows at or below the limit
-- the function sets for its own transaction; UPDATE and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.id <= coalesce(nullif(current_setting('daylight.audit_retire_through', true), '')::bigint, 0) THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;

CREATE FUNCTION audit_log_retire(through bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  newest audit_log;
  removed bigint;
BEGIN
  SELECT * INTO newest FROM audit_log ORDER BY id DESC LIMIT 1;
  IF newest.id IS NULL OR newest.action <> 'retention.audit'
     OR (newest.detail->>'through_id')::bigint IS DISTINCT FROM through
     OR newest.detail->>'through_hash' IS DISTINCT FROM (SELECT hash FROM audit_log WHERE id = through) THEN
    RAISE EXCEPTION 'audit_log_retire(%): the newest row must be the retention.audit record naming row % and its hash', through, through;
  END IF;
  PERFORM set_config('daylight.audit_retire_through', through::text, true);
  DELETE FROM audit_log WHERE id <= through;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('daylight.audit_retire_through', '', true);
  RETURN removed;
END
$$;
