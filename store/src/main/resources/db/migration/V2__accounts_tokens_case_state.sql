-- Daylight schema, version 2: who may use the console and API, and what analysts decided.

-- Local accounts. password_hash is a PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
CREATE TABLE accounts (
  name          text        PRIMARY KEY,
  role          text        NOT NULL CHECK (role IN ('admin', 'analyst', 'auditor', 'ingest')),
  password_hash text        NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled      boolean     NOT NULL DEFAULT false
);

-- API tokens: only SHA-256 of the secret is kept (the secret is 256 random bits, so a slow hash
-- adds nothing); the id is the token's public prefix, shown in lists and the audit log.
CREATE TABLE api_tokens (
  id          text        PRIMARY KEY,
  secret_hash text        NOT NULL,
  role        text        NOT NULL CHECK (role IN ('admin', 'analyst', 'auditor', 'ingest')),
  label       text        NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- An analyst's view of a case: who has it and what was decided. The reasons and the full history
-- are in audit_log (target 'case:<kind>:<subject>'), which cannot be changed.
CREATE TABLE case_state (
  kind       text        NOT NULL,
  subject    text        NOT NULL,
  assignee   text,
  status     text        NOT NULL DEFAULT 'open'
             CHECK (status IN ('open', 'benign', 'confirmed', 'needs_verification')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject)
);

-- A benign decision suppresses the same evidence for that subject from then on: findings of the
-- same detector and dependency group (the same underlying fact) no longer count in the score.
CREATE TABLE suppressions (
  kind             text        NOT NULL,
  subject          text        NOT NULL,
  detector         text        NOT NULL,
  dependency_group text        NOT NULL,
  decided_by       text        NOT NULL,
  audit_id         bigint      NOT NULL, -- the decision's audit_log id (no foreign key: audit_log must stay truncation-proof)
  at               timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, subject, detector, dependency_group)
);

CREATE INDEX audit_log_by_target ON audit_log (target, id);
CREATE INDEX findings_by_detector ON findings (detector);
