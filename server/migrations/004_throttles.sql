-- Issue 23: the limits that must hold across restarts and server instances.

-- Demands filed without a session, per client address: the QR form's limit (src/domain/intake-limits.ts) is
-- counted and the demand written in one transaction, serialised per client by an advisory lock.
CREATE TABLE intake_filings (
  client text NOT NULL,
  filed_at bigint NOT NULL
);
CREATE INDEX intake_filings_client ON intake_filings (client, filed_at);

-- Failed sign-ins, per account and per client address: rate-limiter-flexible's RateLimiterPostgres table
-- (its own layout: key, points, expire in epoch ms), created here so the server never runs DDL at request time.
CREATE TABLE sign_in_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
