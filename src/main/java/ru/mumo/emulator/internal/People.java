package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.mumo.emulator.EmulatorEvent;
import ru.mumo.emulator.TestUser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ru.mumo.emulator.internal.FormattedText.NODES;

/** What simulated users do, turned into the updates Telegram would deliver to the bot. */
public final class People {

    /** TDLib's bot command rule: "/" + 1-64 of [A-Za-z0-9_], optionally "@botname", not inside a word. */
    private static final Pattern BOT_COMMAND = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\\p{L}\\p{N}_/<>])");

    private final World world;
    private final UpdateQueue updates;
    private final BotIdentity bot;
    private final Listeners listeners;

    public People(World world, UpdateQueue updates, BotIdentity bot, Listeners listeners) {
        this.world = world;
        this.updates = updates;
        this.bot = bot;
        this.listeners = listeners;
    }

    /** The user opened the bot's chat before: the bot may write to them; no update is made. */
    public void opened(TestUser user) {
        world.register(user);
    }

    public long sends(TestUser user, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Telegram does not deliver empty messages");
        }
        long updateId;
        long messageId;
        synchronized (world) {
            ChatState chat = world.register(user);
            StoredMessage message = world.addMessage(chat, false, new FormattedText(text, commandEntities(text)),
                    null, null);
            messageId = message.messageId;
            ObjectNode update = NODES.objectNode();
            update.set("message", TelegramJson.message(message, user, bot));
            updateId = updates.push(update);
        }
        listeners.publish(new EmulatorEvent.UserMessageSent(user, messageId, text));
        return updateId;
    }

    /**
     * The user sends a file (as a document), with an optional caption; {@code forwardedFrom} makes it a message they
     * forward from that person's chat, as when a teacher passes on a file someone sent them.
     */
    public long sendsDocument(TestUser user, String fileName, byte[] bytes, String caption, TestUser forwardedFrom) {
        if (fileName == null || fileName.isBlank() || bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("Telegram delivers no empty file and no file without a name");
        }
        long updateId;
        long messageId;
        synchronized (world) {
            ChatState chat = world.register(user);
            StoredDocument document = StoredDocument.create(fileName, MimeTypes.of(fileName), bytes.clone());
            world.files.put(document.fileId(), document);
            StoredMessage message = world.addMessage(chat, false,
                    new FormattedText(caption == null ? "" : caption, List.of()), null, document);
            if (forwardedFrom != null) {
                message.forwardOrigin = TelegramJson.originUser(forwardedFrom, message.date);
            }
            messageId = message.messageId;
            ObjectNode update = NODES.objectNode();
            update.set("message", TelegramJson.message(message, user, bot));
            updateId = updates.push(update);
        }
        listeners.publish(new EmulatorEvent.UserMessageSent(user, messageId, "📎 " + fileName));
        return updateId;
    }

    private static List<ObjectNode> commandEntities(String text) {
        List<ObjectNode> entities = new ArrayList<>();
        Matcher m = BOT_COMMAND.matcher(text);
        while (m.find()) {
            entities.add(NODES.objectNode().put("type", "bot_command").put("offset", m.start())
                    .put("length", m.end() - m.start()));
        }
        return entities;
    }

    public long presses(TestUser user, long messageId, String callbackData) {
        return press(user, messageId, callbackData, true);
    }

    /** A modified client sends callback data of its own choosing under one of the bot's messages. */
    public long pressesTampered(TestUser user, long messageId, String callbackData) {
        return press(user, messageId, callbackData, false);
    }

    private long press(TestUser user, long messageId, String callbackData, boolean offeredOnly) {
        synchronized (world) {
            ChatState chat = world.chat(user.id());
            StoredMessage message = chat == null ? null : chat.messages.get(messageId);
            if (message == null || !message.fromBot || message.deleted) {
                throw new IllegalArgumentException("the bot has no message " + messageId + " in chat " + user.id());
            }
            List<String> offered = callbackData(message.inlineMarkup);
            if (offeredOnly && !offered.contains(callbackData)) {
                throw new IllegalArgumentException("message " + messageId + " has no button with callback_data \""
                        + callbackData + "\"; its buttons carry " + offered);
            }
            ObjectNode query = NODES.objectNode().put("id", world.issueQuery(user.id(), messageId, callbackData));
            query.set("from", TelegramJson.user(user));
            query.set("message", TelegramJson.message(message, chat.user, bot));
            query.put("chat_instance", Long.toString(user.id() * 1_000_003L ^ bot.id()));
            query.put("data", callbackData);
            ObjectNode update = NODES.objectNode();
            update.set("callback_query", query);
            return updates.push(update);
        }
    }

    private static List<String> callbackData(JsonNode markup) {
        List<String> data = new ArrayList<>();
        if (markup != null) {
            markup.path("inline_keyboard").forEach(row -> row.forEach(button -> {
                if (button.has("callback_data")) {
                    data.add(button.get("callback_data").asText());
                }
            }));
        }
        return data;
    }
}
