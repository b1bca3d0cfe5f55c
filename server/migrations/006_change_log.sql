-- Several instances on one database (issue 24). Every committed write takes the next number from
-- change_counter (its row lock, taken as the write's last statement, orders commits) and leaves a line in
-- change_log with the ids it touched; instances follow the log (LISTEN bsstzz_changes, then seq > last).
-- daily_runs lets one instance of the cluster claim each day's housekeeping.

CREATE TABLE change_counter (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL
);
INSERT INTO change_counter (seq) VALUES (0);

CREATE TABLE change_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  items text[] NOT NULL DEFAULT '{}',
  updates text[] NOT NULL DEFAULT '{}',
  demands text[] NOT NULL DEFAULT '{}',
  users text[] NOT NULL DEFAULT '{}',
  sessions_of text[] NOT NULL DEFAULT '{}',
  campaign boolean NOT NULL DEFAULT false,
  units boolean NOT NULL DEFAULT false
);
CREATE INDEX change_log_at ON change_log (at);

CREATE TABLE daily_runs (
  job text NOT NULL,
  day date NOT NULL,
  instance text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job, day)
);
