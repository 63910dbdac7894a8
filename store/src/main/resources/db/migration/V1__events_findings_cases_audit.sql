-- Daylight schema, version 1 (PostgreSQL only).

-- Events exactly as received. raw is text, not jsonb: jsonb re-orders keys and drops duplicate
-- keys, and the stored line must be the one that was acknowledged. seq keeps arrival order among
-- events of the same time, so a replay feeds detectors in the order the first run saw.
CREATE TABLE events (
  id          text        PRIMARY KEY,
  seq         bigint      GENERATED ALWAYS AS IDENTITY,
  type        text        NOT NULL,
  subject     text,       -- absent for application events (event-contract.md)
  time        timestamptz NOT NULL,
  raw         text        NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_replay_order ON events (time, seq);
CREATE INDEX events_by_subject ON events (subject, time);

-- Lines that ingest refused, with the reason: never dropped silently (event-contract.md).
CREATE TABLE rejected (
  id          bigserial   PRIMARY KEY,
  source      text        NOT NULL,
  line        bigint      NOT NULL,
  reason      text        NOT NULL,
  raw         text        NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE findings (
  uid              text             PRIMARY KEY,
  detector         text             NOT NULL,
  subject          text             NOT NULL,
  kind             text             NOT NULL,
  time             timestamptz      NOT NULL,
  likelihood_ratio double precision NOT NULL CHECK (likelihood_ratio > 0),
  dependency_group text             NOT NULL,
  title            text,
  explanation      text,
  evidence         jsonb            NOT NULL,
  event_ids        text[]           NOT NULL,
  members          text[]           NOT NULL,
  stored_at        timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX findings_by_subject ON findings (kind, subject, time);

CREATE TABLE cases (
  kind       text             NOT NULL,
  subject    text             NOT NULL,
  score      integer          NOT NULL CHECK (score BETWEEN 0 AND 100),
  posterior  double precision NOT NULL,
  level      text             NOT NULL,
  members    text[]           NOT NULL,
  findings   text[]           NOT NULL,
  reasons    jsonb            NOT NULL,
  summary    text             NOT NULL,
  updated_at timestamptz      NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject)
);
-- The analyst queue: highest score first, optionally one level or one kind.
CREATE INDEX cases_queue ON cases (score DESC, posterior DESC, kind, subject);
CREATE INDEX cases_queue_by_level ON cases (level, score DESC, posterior DESC, kind, subject);

-- Who did what, append-only. Each row's hash covers the previous row's hash and its own content
-- (AuditLog.java), so a changed or removed row breaks the chain at that point.
CREATE TABLE audit_log (
  id        bigserial   PRIMARY KEY,
  at        timestamptz NOT NULL,
  actor     text        NOT NULL,
  action    text        NOT NULL,
  target    text        NOT NULL,
  detail    jsonb,
  prev_hash text        NOT NULL,
  hash      text        NOT NULL UNIQUE
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
