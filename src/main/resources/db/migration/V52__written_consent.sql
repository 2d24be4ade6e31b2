-- S 3.6: the data bank is kept with the member's written consent. The chair or the secretary marks the signed
-- paper received on the member's card; the export shows the mark.
ALTER TABLE membership ADD COLUMN written_consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE membership ADD COLUMN written_consent_by_person_id BIGINT;
