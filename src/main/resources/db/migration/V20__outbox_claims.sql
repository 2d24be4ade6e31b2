-- Several instances send the outbox together. An instance claims a due row before sending it: claimed_by names
-- the instance and claimed_until, in the database's time, says when another instance may take the row over
-- (the claimer died). A retry's next_attempt_at is also the database's time; NULL means "due at once".
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_message ALTER COLUMN next_attempt_at DROP NOT NULL;
-- Since when a row has waited, in the database's time, for the backlog's age in health and metrics.
ALTER TABLE outbox_message ADD COLUMN queued_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
UPDATE outbox_message SET next_attempt_at = NULL WHERE status = 'PENDING';

-- Telegram's sending limits, kept for all instances together: for each bucket (the whole bot, one chat) the
-- theoretical time of its next send (the generic cell rate algorithm), in the database's time. Whoever claims
-- rows holds the row lock on 'global' until its claim commits, so two instances never spend the same budget.
CREATE TABLE send_pace (
    bucket   VARCHAR(40) NOT NULL PRIMARY KEY,
    next_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO send_pace (bucket, next_at) VALUES ('global', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

-- Every instance sends now; only polling still needs one holder.
DELETE FROM lease WHERE name = 'outbox-sender';
