package ru.mumo.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.CallbackAnswer;
import ru.mumo.emulator.CommandEntry;
import ru.mumo.emulator.TestUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything Telegram would remember about the bot: chats, messages, commands, callback queries, files.
 * Every access holds this object's monitor; changes notify waiters of {@link #awaitMessage}.
 */
public final class World {

    private static final long FIRST_QUERY_ID = 4_000_000_000_000_000_000L;

    final BotIdentity bot;
    final Map<Long, ChatState> chats = new LinkedHashMap<>();
    final Map<String, List<CommandEntry>> commands = new LinkedHashMap<>();
    final Map<String, StoredDocument> files = new LinkedHashMap<>();
    private final Map<String, PendingQuery> queries = new LinkedHashMap<>();
    private final Map<String, CallbackAnswer> answers = new LinkedHashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private long lastQueryId = FIRST_QUERY_ID;

    /** A callback query Telegram delivered and still waits to be answered. */
    record PendingQuery(long userId, long messageId, String data) {
    }

    public World(BotIdentity bot) {
        this.bot = bot;
    }

    /** A user writing to the bot opens the chat and, as in Telegram, implies they unblocked it. */
    synchronized ChatState register(TestUser user) {
        ChatState chat = chats.computeIfAbsent(user.id(), id -> new ChatState(user));
        chat.user = user;
        blocked.remove(user.id());
        return chat;
    }

    synchronized ChatState chat(long id) {
        return chats.get(id);
    }

    /** Resolves a chat_id parameter (a number, or an "@username" Telegram cannot resolve for a private chat). */
    synchronized ChatState requireChat(JsonNode chatId) throws ApiException {
        boolean numeric = chatId != null
                && (chatId.isIntegralNumber() || chatId.isTextual() && chatId.asText().matches("-?\\d{1,18}"));
        ChatState chat = numeric ? chats.get(chatId.asLong()) : null;
        if (chat == null) {
            throw ApiException.badRequest("chat not found");
        }
        return chat;
    }

    synchronized void checkNotBlocked(ChatState chat) throws ApiException {
        if (blocked.contains(chat.user.id())) {
            throw new ApiException(403, "Forbidden: bot was blocked by the user", null, true);
        }
    }

    public synchronized void block(long userId) {
        blocked.add(userId);
    }

    synchronized StoredMessage addMessage(ChatState chat, boolean fromBot, FormattedText content, JsonNode markup,
                                          StoredDocument document) {
        StoredMessage message = new StoredMessage(chat.user.id(), chat.nextMessageId(), now(), fromBot, content,
                markup, document);
        chat.messages.put(message.messageId, message);
        changed();
        return message;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    synchronized void changed() {
        notifyAll();
    }

    synchronized String issueQuery(long userId, long messageId, String data) {
        String id = Long.toString(++lastQueryId);
        queries.put(id, new PendingQuery(userId, messageId, data));
        return id;
    }

    /** @return the recorded answer; a query can be answered once, like in Telegram */
    synchronized CallbackAnswer answer(String queryId, String text, boolean showAlert, String url) throws ApiException {
        PendingQuery query = queries.remove(queryId);
        if (query == null) {
            throw ApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        CallbackAnswer answer = new CallbackAnswer(queryId, query.userId(), query.messageId(), query.data(), text,
                showAlert, url);
        answers.put(queryId, answer);
        changed();
        return answer;
    }

    public synchronized CallbackAnswer answerTo(String queryId) {
        return answers.get(queryId);
    }

    public synchronized List<CallbackAnswer> answersTo(long userId) {
        return answers.values().stream().filter(a -> a.userId() == userId).toList();
    }

    public synchronized List<BotMessage> messagesIn(long chatId) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            return List.of();
        }
        return chat.messages.values().stream().filter(m -> m.fromBot).map(World::snapshot).toList();
    }

    public synchronized BotMessage awaitMessage(long chatId, Predicate<BotMessage> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (BotMessage message : messagesIn(chatId)) {
                if (condition.test(message)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("No matching bot message in chat " + chatId + " within " + timeout
                        + "; the bot's messages there: " + describe(messagesIn(chatId)));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private static String describe(List<BotMessage> messages) {
        if (messages.isEmpty()) {
            return "none";
        }
        return messages.stream().map(m -> "\n  #" + m.messageId() + (m.deleted() ? " (deleted)" : "")
                        + (m.document() != null ? " document " + m.document().fileName() + " caption=" + m.caption()
                        : " \"" + m.text() + "\"") + (m.keyboard().isEmpty() ? "" : " buttons=" + m.buttonTexts()))
                .collect(Collectors.joining());
    }

    static BotMessage snapshot(StoredMessage m) {
        String content = m.content.text();
        if (m.document == null) {
            return new BotMessage(m.chatId, m.messageId, content, m.content.entitiesJson(), keyboard(m.inlineMarkup),
                    null, null, m.editCount, m.deleted);
        }
        BotMessage.Document document = new BotMessage.Document(m.document.fileId(), m.document.fileName(),
                m.document.mimeType(), m.document.bytes().clone());
        return new BotMessage(m.chatId, m.messageId, null, m.content.entitiesJson(), keyboard(m.inlineMarkup),
                document, content.isEmpty() ? null : content, m.editCount, m.deleted);
    }

    private static List<List<BotMessage.Button>> keyboard(JsonNode markup) {
        List<List<BotMessage.Button>> rows = new ArrayList<>();
        if (markup != null) {
            for (JsonNode row : markup.path("inline_keyboard")) {
                List<BotMessage.Button> buttons = new ArrayList<>();
                row.forEach(b -> buttons.add(new BotMessage.Button(b.path("text").asText(),
                        b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null,
                        b.hasNonNull("url") ? b.get("url").asText() : null)));
                rows.add(List.copyOf(buttons));
            }
        }
        return List.copyOf(rows);
    }

    public synchronized Map<String, List<CommandEntry>> commandsByScope() {
        return Map.copyOf(commands);
    }

    public synchronized void reset() {
        chats.clear();
        commands.clear();
        files.clear();
        queries.clear();
        answers.clear();
        blocked.clear();
        changed();
    }
}
