-- Daylight schema, version 4: telemetry, findings and cases are stored under keyed pseudonyms
-- (io.daylight.core.privacy.Pseudonyms). This table is the only place a worker id stands beside its
-- pseudonym; the application reads it only to re-identify the subject of a case (audited as
-- 'subject.reidentify'), to answer a subject-rights request, and to rotate the key.
-- Rows of a retired key stay, so audit entries written under an old pseudonym still resolve.
CREATE TABLE identities (
  pseudonym  text        PRIMARY KEY,
  subject    text        NOT NULL,
  key_id     text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identities_by_subject ON identities (subject);

-- Which key pseudonymised the stored data: the key itself never enters the database. Exactly one
-- key is active; serve refuses to start with a key file whose id differs (it would split every
-- worker into two subjects).
CREATE TABLE pseudonym_keys (
  key_id     text        PRIMARY KEY,
  active     boolean     NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE UNIQUE INDEX pseudonym_keys_one_active ON pseudonym_keys (active) WHERE active;
