-- The org tree (issue 23): companies between the group and its grassroots units; unit names are unique
-- (imports and filters find a unit by its name).

ALTER TABLE units DROP CONSTRAINT units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check CHECK (kind IN ('group', 'department', 'company', 'grassroots'));
CREATE UNIQUE INDEX units_name ON units (name);
