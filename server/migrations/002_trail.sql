-- The item's whole trail (issue 22): creation and edits with what changed, extension requests and
-- their decisions; and each list's satisfaction bar for strike-off.

ALTER TABLE updates DROP CONSTRAINT updates_kind_check;
ALTER TABLE updates ADD CONSTRAINT updates_kind_check CHECK (kind IN (
  'created', 'edit', 'progress', 'status', 'inspection', 'urge', 'reply', 'instruction', 'satisfaction',
  'extension', 'extension_decision'
));
ALTER TABLE updates ADD COLUMN changes jsonb, ADD COLUMN deadline date, ADD COLUMN approved boolean;

UPDATE campaigns SET lists = (
  SELECT coalesce(jsonb_agg(
    CASE WHEN list ? 'satisfactionBar' THEN list
    ELSE list || '{"satisfactionBar": {"minPercent": 80, "minSurveyed": 10}}'::jsonb END
    ORDER BY position), '[]'::jsonb)
  FROM jsonb_array_elements(lists) WITH ORDINALITY AS entry(list, position)
);
