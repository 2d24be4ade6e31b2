package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.mumo.emulator.TestUser;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/** Builds the objects Telegram answers with (User, Chat, Message), field names and shapes as in the spec. */
final class TelegramJson {

    private TelegramJson() {
    }

    static ObjectNode user(TestUser user) {
        ObjectNode node = NODES.objectNode().put("id", user.id()).put("is_bot", false).put("first_name", user.firstName());
        putIfNotNull(node, "last_name", user.lastName());
        putIfNotNull(node, "username", user.username());
        putIfNotNull(node, "language_code", user.languageCode());
        return node;
    }

    static ObjectNode botUser(BotIdentity bot) {
        return NODES.objectNode().put("id", bot.id()).put("is_bot", true).put("first_name", bot.username())
                .put("username", bot.username());
    }

    /** getMe adds what the bot may do to its User object. */
    static ObjectNode me(BotIdentity bot) {
        return botUser(bot).put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false).put("can_connect_to_business", false)
                .put("has_main_web_app", false);
    }

    static ObjectNode privateChat(TestUser user) {
        ObjectNode node = NODES.objectNode().put("id", user.id()).put("type", "private").put("first_name", user.firstName());
        putIfNotNull(node, "last_name", user.lastName());
        putIfNotNull(node, "username", user.username());
        return node;
    }

    static ObjectNode message(StoredMessage m, TestUser chatUser, BotIdentity bot) {
        ObjectNode node = NODES.objectNode().put("message_id", m.messageId);
        node.set("from", m.fromBot ? botUser(bot) : user(chatUser));
        node.set("chat", privateChat(chatUser));
        node.put("date", m.date);
        if (m.forwardOrigin != null) {
            node.set("forward_origin", m.forwardOrigin.deepCopy());
        }
        if (m.editCount > 0) {
            node.put("edit_date", m.editDate);
        }
        if (m.document == null) {
            node.put("text", m.content.text());
            if (!m.content.entities().isEmpty()) {
                node.set("entities", m.content.entitiesJson());
            }
        } else {
            node.set("document", document(m.document));
            if (!m.content.text().isEmpty()) {
                node.put("caption", m.content.text());
            }
            if (!m.content.entities().isEmpty()) {
                node.set("caption_entities", m.content.entitiesJson());
            }
        }
        if (m.inlineMarkup != null) {
            node.set("reply_markup", m.inlineMarkup.deepCopy());
        }
        return node;
    }

    /** Where a forwarded message came from: a user, as Telegram shows it when their privacy settings allow. */
    static ObjectNode originUser(TestUser sender, long date) {
        ObjectNode node = NODES.objectNode().put("type", "user").put("date", date);
        node.set("sender_user", user(sender));
        return node;
    }

    private static ObjectNode document(StoredDocument d) {
        return NODES.objectNode().put("file_id", d.fileId()).put("file_unique_id", d.fileUniqueId())
                .put("file_name", d.fileName()).put("mime_type", d.mimeType()).put("file_size", d.bytes().length);
    }

    private static void putIfNotNull(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
