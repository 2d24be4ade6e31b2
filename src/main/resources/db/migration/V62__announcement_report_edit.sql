-- The delivery report no longer remembers its waiting edit: every edit by reference replaces one still waiting
-- (V60), the report's among them.
ALTER TABLE announcement DROP COLUMN report_edit_id;
