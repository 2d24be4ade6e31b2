-- Whether a chat may be written to is a fact of delivery, kept by the Telegram adapter rather than on the person:
-- a chat that blocked the bot (Telegram answered 403) is left alone until its person writes again.
CREATE TABLE unreachable_chat (
    chat_id BIGINT NOT NULL PRIMARY KEY
);
INSERT INTO unreachable_chat (chat_id)
    SELECT telegram_user_id FROM person WHERE unreachable = TRUE AND telegram_user_id IS NOT NULL;
ALTER TABLE person DROP COLUMN unreachable;
