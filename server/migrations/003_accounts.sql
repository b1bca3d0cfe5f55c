-- People administration (issue 23): an account's phone and state, and the audit log of admins' actions.
-- The log is append-only: the server never updates or deletes a row of it.

ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN disabled boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  at timestamptz NOT NULL,
  actor_id text,
  actor_name text NOT NULL,
  action text NOT NULL,
  target_id text,
  target_name text,
  detail text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at DESC, seq DESC);
