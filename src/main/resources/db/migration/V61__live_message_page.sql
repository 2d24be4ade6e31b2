-- An attendance list of more than one page (a roll of hundreds: Telegram refuses a keyboard of more than 100 buttons)
-- stays on the page its officer turned to when it is edited for a new mark.
ALTER TABLE meeting_live_message ADD COLUMN page INTEGER DEFAULT 0 NOT NULL;
