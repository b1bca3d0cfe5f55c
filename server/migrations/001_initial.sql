-- The campaign, its units and people, the items with their append-only updates, and the demands.
-- Rules live in src/domain; the constraints here only keep rows well-formed.

CREATE TABLE campaigns (
  id text PRIMARY KEY,
  name text NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  lists jsonb NOT NULL,
  categories jsonb NOT NULL
);

CREATE TABLE units (
  id text PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('group', 'department', 'grassroots')),
  parent_id text REFERENCES units (id),
  item_target integer
);

CREATE TABLE users (
  id text PRIMARY KEY,
  position integer NOT NULL,
  username text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('leader', 'supervisor', 'secretary', 'admin')),
  unit_id text REFERENCES units (id),
  title text,
  password_hash text NOT NULL
);

-- Only a hash of the token is kept: a copy of this table signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE items (
  id text PRIMARY KEY,
  code text NOT NULL,
  list_id text NOT NULL,
  title text NOT NULL,
  content text NOT NULL,
  beneficiaries text NOT NULL,
  category text NOT NULL,
  unit_id text NOT NULL REFERENCES units (id),
  lead_leader text,
  owner text NOT NULL,
  owner_phone text,
  deadline date NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'closed')),
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  key boolean NOT NULL,
  demand_ids text[] NOT NULL DEFAULT '{}',
  completion_note text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  UNIQUE (list_id, code)
);
CREATE INDEX items_list ON items (list_id);
CREATE INDEX items_unit ON items (unit_id);

-- Append-only: the server never updates or deletes a row here. `seq` keeps the order of equal instants.
CREATE TABLE updates (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  item_id text NOT NULL REFERENCES items (id),
  kind text NOT NULL CHECK (kind IN ('progress', 'status', 'inspection', 'urge', 'reply', 'instruction', 'satisfaction')),
  at timestamptz NOT NULL,
  author_id text NOT NULL,
  author_name text NOT NULL,
  author_role text NOT NULL,
  note text NOT NULL,
  progress integer CHECK (progress BETWEEN 0 AND 100),
  from_status text,
  to_status text,
  reply_by date,
  visited_on date,
  surveyed integer,
  satisfied integer,
  method text
);
CREATE INDEX updates_item ON updates (item_id, at, seq);

CREATE TABLE demands (
  id text PRIMARY KEY,
  receipt text NOT NULL UNIQUE,
  channel text NOT NULL,
  unit_id text NOT NULL REFERENCES units (id),
  text text NOT NULL,
  submitted_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'adopted', 'answered', 'rejected', 'merged')),
  item_id text REFERENCES items (id),
  reply text,
  merged_into text REFERENCES demands (id) DEFERRABLE INITIALLY DEFERRED,
  anonymous boolean NOT NULL,
  submitter_name text,
  submitter_phone text,
  updated_at timestamptz NOT NULL
);
CREATE INDEX demands_item ON demands (item_id);
