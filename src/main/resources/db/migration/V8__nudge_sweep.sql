-- When the deadline sweep last ran, by the application's clock: a nudge day that passed while no instance was
-- running (the bot was down over it) is caught up by the next sweep, not lost. NULL until the first sweep.
CREATE TABLE nudge_sweep (
    id           INTEGER PRIMARY KEY,
    last_run_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO nudge_sweep (id, last_run_at) VALUES (1, NULL);

-- A nudge day missed while the bot was down, found by a sweep before nine o'clock: the nudge is owed until the
-- first sweep after nine sends it.
ALTER TABLE deadline ADD COLUMN nudge_owed BOOLEAN DEFAULT FALSE NOT NULL;
