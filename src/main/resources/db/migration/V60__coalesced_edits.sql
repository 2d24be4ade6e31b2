-- An edit of a live message (an attendance list, a vote's count) names the message it edits, so a newer edit can
-- replace one still waiting instead of queueing behind it: a list marked thirty times a second is edited about once
-- a second, and the officer's other messages in that chat do not wait behind thirty edits.
ALTER TABLE outbox_message ADD COLUMN edit_of VARCHAR(100);
CREATE INDEX idx_outbox_edit_of ON outbox_message (edit_of, chat_id);
