-- A meeting's protocol is a deadline of its own (issue 5: the secretary is nudged "for the report and the
-- protocols"). meeting_id names the closed meeting it is about; 0 for the association's calendar deadlines,
-- so the unique key still allows one of each calendar kind (NULLs would be distinct in a unique index).
ALTER TABLE deadline ADD COLUMN meeting_id BIGINT DEFAULT 0 NOT NULL;
DROP INDEX uq_deadline_kind;
CREATE UNIQUE INDEX uq_deadline_kind ON deadline (association_id, kind, meeting_id);
