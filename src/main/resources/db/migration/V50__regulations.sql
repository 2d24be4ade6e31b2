-- Each association follows one regulation (regulations.yml), chosen by the official at creation. An association
-- created before has none yet: at the next start the bot gives it a default and asks its official once to confirm.
ALTER TABLE association ADD COLUMN regulation VARCHAR(40);
ALTER TABLE association ADD COLUMN regulation_confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE association ADD COLUMN regulation_asked_at TIMESTAMP WITH TIME ZONE;

-- A protocol cites the regulation its meeting was held under, fixed at close like the rest of its record;
-- NULL for protocols closed before, which keep their wording.
ALTER TABLE protocol ADD COLUMN regulation VARCHAR(40);

-- Neither regulation has these. T 2.6's "не позднее 1 марта" dates the same annual report as T 3.8's 25 February,
-- not a separate draft; T 5's monitoring is the municipal system's, not a dated duty of the association.
DELETE FROM deadline_nudge WHERE deadline_id IN (SELECT id FROM deadline WHERE kind IN ('SECRETARY_DRAFT', 'MONITORING'));
DELETE FROM deadline WHERE kind IN ('SECRETARY_DRAFT', 'MONITORING');
