package ru.mumo.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotApiEmulatorTests {

    private static final String TOKEN = "123456:TEST-token_abc";
    private static final TestUser ANNA = new TestUser(1001, "Anna", "Ivanova", "anna_teacher", "ru");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();

    private BotApiEmulator telegram;
    private TelegramUrl url;
    private OkHttpTelegramClient client;

    @BeforeEach
    void start() {
        telegram = BotApiEmulator.start(TOKEN, "mumo_test_bot");
        url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
        client = new OkHttpTelegramClient(new OkHttpClient(), TOKEN, url);
        telegram.userSends(ANNA, "/start"); // a bot can only write to users who wrote to it
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private static InlineKeyboardMarkup keyboard(String text, String callbackData) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text(text).callbackData(callbackData).build()))
                .build();
    }

    private Message sendWithButton(String text, String buttonText, String callbackData) throws TelegramApiException {
        return client.execute(SendMessage.builder().chatId(ANNA.id()).text(text)
                .replyMarkup(keyboard(buttonText, callbackData)).build());
    }

    private JsonNode post(String method, String json) throws IOException, InterruptedException {
        return post(method, json, TOKEN);
    }

    private JsonNode post(String method, String json, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static List<Long> updateIds(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.path("result").forEach(u -> ids.add(u.path("update_id").asLong()));
        return ids;
    }

    @Nested
    class WithTheRealClient {

        @Test
        void getMeReturnsTheBot() throws TelegramApiException {
            User me = client.execute(new GetMe());

            assertThat(me.getUserName()).isEqualTo("mumo_test_bot");
            assertThat(me.getId()).isEqualTo(123456L);
            assertThat(me.getIsBot()).isTrue();
            assertThat(telegram.apiVersion()).isEqualTo("Bot API 10.1");
        }

        @Test
        void sentMessageWithInlineKeyboardRoundTrips() throws TelegramApiException {
            Message sent = sendWithButton("Choose an event", "Seminar", "event:42");

            assertThat(sent.getMessageId()).isEqualTo(2); // 1 is Anna's /start: one id sequence per chat
            assertThat(sent.getChatId()).isEqualTo(ANNA.id());
            assertThat(sent.getFrom().getUserName()).isEqualTo("mumo_test_bot");
            assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("event:42");
            BotMessage seen = telegram.messagesIn(ANNA.id()).get(0);
            assertThat(seen.text()).isEqualTo("Choose an event");
            assertThat(seen.keyboard()).containsExactly(List.of(new BotMessage.Button("Seminar", "event:42", null)));
            assertThat(telegram.rejectedCalls()).isEmpty();
        }

        @Test
        void htmlIsParsedIntoEntities() throws TelegramApiException {
            Message sent = client.execute(SendMessage.builder().chatId(ANNA.id()).parseMode("HTML")
                    .text("<b>Seminar</b> on 5 &lt; 6 &amp; more").build());

            assertThat(sent.getText()).isEqualTo("Seminar on 5 < 6 & more");
            assertThat(sent.getEntities()).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("bold");
                assertThat(e.getOffset()).isZero();
                assertThat(e.getLength()).isEqualTo(7);
            });
        }

        @Test
        void editingChangesTextAndCountsEdits() throws TelegramApiException {
            Message sent = sendWithButton("Draft", "OK", "ok");

            client.execute(EditMessageText.builder().chatId(ANNA.id()).messageId(sent.getMessageId())
                    .text("Final").replyMarkup(keyboard("OK", "ok")).build());

            BotMessage edited = telegram.messagesIn(ANNA.id()).get(0);
            assertThat(edited.text()).isEqualTo("Final");
            assertThat(edited.editCount()).isEqualTo(1);
            assertThat(edited.buttonTexts()).containsExactly("OK");
        }

        @Test
        void identicalEditIsRejectedAsNotModified() throws TelegramApiException {
            Message sent = sendWithButton("Same", "OK", "ok");
            EditMessageText sameAgain = EditMessageText.builder().chatId(ANNA.id()).messageId(sent.getMessageId())
                    .text("Same").replyMarkup(keyboard("OK", "ok")).build();

            assertThatThrownBy(() -> client.execute(sameAgain))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(400);
                        assertThat(e.getApiResponse()).startsWith("Bad Request: message is not modified");
                    });
            assertThat(telegram.messagesIn(ANNA.id()).get(0).editCount()).isZero();
        }

        @Test
        void documentUploadKeepsTheBytes() throws TelegramApiException {
            byte[] content = "Protocol of the meeting".getBytes(StandardCharsets.UTF_8);

            Message sent = client.execute(SendDocument.builder().chatId(ANNA.id()).caption("Protocol")
                    .document(new InputFile(new ByteArrayInputStream(content), "protocol.pdf")).build());

            assertThat(sent.getDocument().getFileName()).isEqualTo("protocol.pdf");
            assertThat(sent.getDocument().getMimeType()).isEqualTo("application/pdf");
            assertThat(sent.getDocument().getFileSize()).isEqualTo(content.length);
            assertThat(sent.getDocument().getFileId()).isNotBlank();
            BotMessage.Document stored = telegram.messagesIn(ANNA.id()).get(0).document();
            assertThat(stored.bytes()).isEqualTo(content);
            assertThat(telegram.messagesIn(ANNA.id()).get(0).caption()).isEqualTo("Protocol");
        }

        @Test
        void aFileAUserForwardsArrivesAsADocumentTheBotCanSendOnByItsFileId() throws TelegramApiException {
            byte[] content = "Положение о конкурсе".getBytes(StandardCharsets.UTF_8);
            TestUser colleague = new TestUser(2002, "Olga", null, null, "ru");
            telegram.userForwardsDocument(ANNA, colleague, "rules.pdf", content);
            Update update = client.execute(GetUpdates.builder().offset(2).build()).get(0);
            Message received = update.getMessage();
            assertThat(received.getDocument().getFileName()).isEqualTo("rules.pdf");
            assertThat(received.getDocument().getMimeType()).isEqualTo("application/pdf");
            assertThat(received.getDocument().getFileSize()).isEqualTo(content.length);
            assertThat(received.getForwardOrigin()).isNotNull();
            assertThat(received.hasText()).isFalse();

            telegram.userSends(new TestUser(3003, "Ivan", null, null, "ru"), "/start");
            Message sent = client.execute(SendDocument.builder().chatId(3003L)
                    .document(new InputFile(received.getDocument().getFileId())).build());
            assertThat(sent.getDocument().getFileId()).isEqualTo(received.getDocument().getFileId());
            assertThat(telegram.messagesIn(3003).get(0).document().bytes()).isEqualTo(content);
            assertThat(telegram.rejectedCalls()).isEmpty();
        }

        @Test
        void commandsAreRecordedPerScope() throws TelegramApiException {
            client.execute(SetMyCommands.builder()
                    .command(new BotCommand("start", "Main menu")).command(new BotCommand("events", "Events")).build());
            client.execute(SetMyCommands.builder().command(new BotCommand("admin", "Administration"))
                    .scope(new BotCommandScopeChat(String.valueOf(ANNA.id()))).build());

            assertThat(telegram.commandsByScope()).containsOnlyKeys("default", "chat:1001");
            assertThat(telegram.commandsByScope().get("chat:1001"))
                    .containsExactly(new CommandEntry("admin", "Administration"));
            assertThat(client.execute(new GetMyCommands())).extracting(BotCommand::getCommand)
                    .containsExactly("start", "events");
        }

        @Test
        void callbackQueryCanBeAnsweredOnlyOnce() throws TelegramApiException {
            Message sent = sendWithButton("Register?", "Yes", "register:yes");
            telegram.userPresses(ANNA, sent.getMessageId(), "register:yes");
            String queryId = client.execute(GetUpdates.builder().offset(2).build()).get(0).getCallbackQuery().getId();
            AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Registered").build();

            assertThat(client.execute(answer)).isTrue();
            assertThatThrownBy(() -> client.execute(answer))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getApiResponse())
                            .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid"));
            assertThat(telegram.answersTo(ANNA.id())).singleElement()
                    .satisfies(a -> assertThat(a.data()).isEqualTo("register:yes"));
            assertThat(telegram.callbackAnswer(queryId)).hasValueSatisfying(a -> {
                assertThat(a.text()).isEqualTo("Registered");
                assertThat(a.showAlert()).isFalse();
            });
        }

        @Test
        void injectedFloodWaitCarriesRetryAfter() {
            telegram.failNext("sendMessage", 429, null, 7);

            assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ANNA.id()).text("hi").build()))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(429);
                        assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);
                    });
            assertThat(telegram.rejectedCalls()).isEmpty();
            assertThat(telegram.messagesIn(ANNA.id())).isEmpty();
        }

        @Test
        void blockedUserAnswers403UntilTheyWriteAgain() throws TelegramApiException {
            telegram.blockedBy(ANNA.id());
            SendMessage hello = SendMessage.builder().chatId(ANNA.id()).text("hello").build();

            assertThatThrownBy(() -> client.execute(hello))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(403);
                        assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
                    });
            telegram.userSends(ANNA, "I am back");
            assertThat(client.execute(hello).getText()).isEqualTo("hello");
        }

        @Test
        void outageAnswersBadGateway() {
            telegram.setAvailable(false);

            assertThatThrownBy(() -> client.execute(new GetMe()))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(502));
        }

        @Test
        void deletedMessageStaysVisibleAsDeleted() throws TelegramApiException {
            Message sent = sendWithButton("Temporary", "X", "x");

            assertThat(client.execute(new DeleteMessage(String.valueOf(ANNA.id()), sent.getMessageId()))).isTrue();

            assertThat(telegram.messagesIn(ANNA.id()).get(0).deleted()).isTrue();
            assertThatThrownBy(() -> telegram.userPresses(ANNA, sent.getMessageId(), "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void strictRateLimitRefusesASecondMessagePerSecond() throws TelegramApiException {
            telegram.setStrictRateLimits(true);
            client.execute(SendMessage.builder().chatId(ANNA.id()).text("one").build());

            assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ANNA.id()).text("two").build()))
                    .isInstanceOfSatisfying(TelegramApiRequestException.class,
                            e -> assertThat(e.getParameters().getRetryAfter()).isEqualTo(1));
        }
    }

    @Nested
    class RejectingMalformedCalls {

        private String sendMessage(String textJson) {
            return "{\"chat_id\":" + ANNA.id() + ",\"text\":" + textJson + "}";
        }

        @Test
        void textLongerThan4096CharactersIsRejected() throws Exception {
            JsonNode answer = post("sendMessage", sendMessage("\"" + "я".repeat(4097) + "\""));

            assertThat(answer.toString())
                    .isEqualTo("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is too long\"}");
            assertThat(post("sendMessage", sendMessage("\"" + "я".repeat(4096) + "\"")).path("ok").asBoolean()).isTrue();
        }

        @Test
        void callbackDataLongerThan64BytesIsRejected() throws Exception {
            String button = "{\"text\":\"Go\",\"callback_data\":\"" + "x".repeat(65) + "\"}";

            JsonNode answer = post("sendMessage", "{\"chat_id\":1001,\"text\":\"Hi\",\"reply_markup\":"
                    + "{\"inline_keyboard\":[[" + button + "]]}}");

            assertThat(answer.path("error_code").asInt()).isEqualTo(400);
            assertThat(answer.path("description").asText()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        }

        @Test
        void unknownParameterIsRejected() throws Exception {
            JsonNode answer = post("sendMessage", "{\"chat_id\":1001,\"text\":\"Hi\",\"disable_web_page_preview\":true}");

            assertThat(answer.path("description").asText())
                    .isEqualTo("Bad Request: unknown parameter \"disable_web_page_preview\" for method sendMessage");
        }

        @Test
        void missingChatIdIsRejected() throws Exception {
            JsonNode answer = post("sendMessage", "{\"text\":\"Hi\"}");

            assertThat(answer.path("description").asText()).isEqualTo("Bad Request: chat_id is empty");
        }

        @Test
        void unknownChatIsRejected() throws Exception {
            assertThat(post("sendMessage", "{\"chat_id\":777,\"text\":\"Hi\"}").path("description").asText())
                    .isEqualTo("Bad Request: chat not found");
        }

        @Test
        void malformedHtmlIsRejected() throws Exception {
            JsonNode unescaped = post("sendMessage", sendMessage("\"1 < 2\",\"parse_mode\":\"HTML\""));
            JsonNode unclosed = post("sendMessage", sendMessage("\"<b>bold\",\"parse_mode\":\"HTML\""));

            assertThat(unescaped.path("description").asText())
                    .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2");
            assertThat(unclosed.path("description").asText()).isEqualTo(
                    "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        }

        @Test
        void unescapedMarkdownV2IsRejected() throws Exception {
            JsonNode answer = post("sendMessage", sendMessage("\"See you at 10.00\",\"parse_mode\":\"MarkdownV2\""));

            assertThat(answer.path("description").asText()).isEqualTo(
                    "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'");
        }

        @Test
        void buttonWithoutActionIsRejected() throws Exception {
            JsonNode answer = post("sendMessage",
                    "{\"chat_id\":1001,\"text\":\"Hi\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Go\"}]]}}");

            assertThat(answer.path("description").asText()).isEqualTo(
                    "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        @Test
        void invalidCommandIsRejected() throws Exception {
            JsonNode answer = post("setMyCommands", "{\"commands\":[{\"command\":\"Start\",\"description\":\"Menu\"}]}");

            assertThat(answer.path("description").asText()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");
        }

        @Test
        void methodNamesAreCaseInsensitive() throws Exception {
            assertThat(post("sendMessage", sendMessage("\"a\"")).path("ok").asBoolean()).isTrue();
            assertThat(post("sendmessage", sendMessage("\"b\"")).path("ok").asBoolean()).isTrue();
            assertThat(post("SENDMESSAGE", sendMessage("\"c\"")).path("ok").asBoolean()).isTrue();
            assertThat(telegram.calls()).extracting(ApiCall::method).endsWith("sendMessage", "sendMessage", "sendMessage");
        }

        @Test
        void wrongTokenIsUnauthorizedAndUnknownMethodNotFound() throws Exception {
            assertThat(post("getMe", "{}", "123456:wrong").toString())
                    .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            assertThat(post("sendTelepathy", "{}").toString())
                    .isEqualTo("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        }

        @Test
        void formAndMultipartBodiesAreUnderstood() throws Exception {
            HttpRequest form = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + TOKEN + "/sendMessage"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("chat_id=1001&text=%D0%9F%D1%80%D0%B8%D0%B2%D0%B5%D1%82"
                            + "&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22A%22%2C%22callback_data%22%3A%22a%22%7D%5D%5D%7D"))
                    .build();
            String boundary = "emulator-test-boundary";
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n1001\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"plan.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\nweek plan\r\n--" + boundary + "--\r\n";
            HttpRequest upload = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + TOKEN + "/sendDocument"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(multipart)).build();

            assertThat(http.send(form, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(upload, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            List<BotMessage> messages = telegram.messagesIn(ANNA.id());
            assertThat(messages.get(0).text()).isEqualTo("Привет");
            assertThat(messages.get(0).buttonTexts()).containsExactly("A");
            assertThat(new String(messages.get(1).document().bytes(), StandardCharsets.UTF_8)).isEqualTo("week plan");
            assertThat(messages.get(1).document().mimeType()).isEqualTo("text/plain");
        }

        @Test
        void rejectionsAreListedButInjectedFaultsAreNot() throws Exception {
            telegram.failNext("getMe", 500, null, null);
            post("getMe", "{}");
            post("sendMessage", "{\"text\":\"Hi\"}");

            assertThat(telegram.rejectedCalls()).singleElement().satisfies(call -> {
                assertThat(call.method()).isEqualTo("sendMessage");
                assertThat(call.description()).isEqualTo("Bad Request: chat_id is empty");
            });
        }
    }

    @Nested
    class UpdatesAndInspection {

        @Test
        void getUpdatesConfirmsByOffsetAndHonoursLimitAndAllowedUpdates() throws Exception {
            telegram.userSends(ANNA, "two");
            telegram.userSends(ANNA, "three");

            assertThat(updateIds(post("getUpdates", "{\"limit\":2}"))).containsExactly(1L, 2L);
            assertThat(updateIds(post("getUpdates", "{\"offset\":3}"))).containsExactly(3L);
            assertThat(updateIds(post("getUpdates", "{\"offset\":1}"))).as("confirmed by offset 3").containsExactly(3L);
            telegram.userSends(ANNA, "four");
            assertThat(updateIds(post("getUpdates", "{\"offset\":4,\"allowed_updates\":[\"callback_query\"]}")))
                    .as("messages not asked for").isEmpty();
        }

        @Test
        void rawUpdatesAreDeliveredAsGiven() throws Exception {
            long id = telegram.pushRawUpdate("{\"my_chat_member\":{\"chat\":{\"id\":1001,\"type\":\"private\"}}}");

            JsonNode update = post("getUpdates", "{\"offset\":" + id + "}").path("result").get(0);

            assertThat(update.toString())
                    .isEqualTo("{\"update_id\":2,\"my_chat_member\":{\"chat\":{\"id\":1001,\"type\":\"private\"}}}");
        }

        @Test
        void resetForgetsEverythingButKeepsUpdateIdsGrowing() throws Exception {
            sendWithButton("Before", "X", "x");

            telegram.reset();

            assertThat(telegram.messagesIn(ANNA.id())).isEmpty();
            assertThat(telegram.calls()).isEmpty();
            assertThat(telegram.userSends(ANNA, "/start")).isEqualTo(2);
            assertThat(updateIds(post("getUpdates", "{}"))).containsExactly(2L);
        }

        @Test
        void longPollReturnsAsSoonAsAnUpdateArrives() throws Exception {
            post("getUpdates", "{\"offset\":2}");
            long started = System.nanoTime();
            CompletableFuture<JsonNode> poll = CompletableFuture.supplyAsync(() -> {
                try {
                    return post("getUpdates", "{\"offset\":2,\"timeout\":20}");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            long updateId = telegram.userSends(ANNA, "wake up");

            assertThat(updateIds(poll.get(5, TimeUnit.SECONDS))).containsExactly(updateId);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }

        @Test
        void awaitMessageWaitsForTheBotAndExplainsTimeouts() throws Exception {
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(100);
                    sendWithButton("Main menu", "Events", "events");
                } catch (InterruptedException | TelegramApiException e) {
                    throw new IllegalStateException(e);
                }
            });

            BotMessage menu = telegram.awaitMessage(ANNA.id(), m -> m.text().equals("Main menu"), Duration.ofSeconds(5));

            assertThat(menu.button("Events")).map(BotMessage.Button::callbackData).contains("events");
            assertThatThrownBy(() -> telegram.awaitMessage(ANNA.id(), m -> m.text().equals("Goodbye"), Duration.ofMillis(50)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("\"Main menu\" buttons=[Events]");
        }

        @Test
        void listenersSeeBothSidesOfTheChat() throws Exception {
            List<EmulatorEvent> events = new CopyOnWriteArrayList<>();
            telegram.addListener(events::add);

            telegram.userSends(ANNA, "hello");
            Message sent = sendWithButton("Hi Anna", "OK", "ok");
            client.execute(EditMessageText.builder().chatId(ANNA.id()).messageId(sent.getMessageId()).text("Bye").build());

            assertThat(events).hasSize(3);
            assertThat(events.get(0)).isEqualTo(new EmulatorEvent.UserMessageSent(ANNA, 2, "hello"));
            assertThat(events.get(1)).isInstanceOfSatisfying(EmulatorEvent.MessageSent.class,
                    e -> assertThat(e.message().text()).isEqualTo("Hi Anna"));
            assertThat(events.get(2)).isInstanceOfSatisfying(EmulatorEvent.MessageEdited.class,
                    e -> assertThat(e.message().keyboard()).as("edit without reply_markup drops it").isEmpty());
        }
    }

    @Nested
    class WithRealLongPolling {

        /** A bot polling the emulator with TelegramBots' own long polling, collecting what it receives. */
        private final class PollingBot implements AutoCloseable {
            private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "test-bot-polling");
                thread.setDaemon(true);
                return thread;
            });
            // BotSession.close() leaves its executor running, so the test owns it.
            private final TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
                    ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> executor);
            private final BlockingQueue<Update> received = new LinkedBlockingQueue<>();

            PollingBot() throws TelegramApiException {
                app.registerBot(TOKEN, () -> url, new DefaultGetUpdatesGenerator(),
                        (LongPollingSingleThreadUpdateConsumer) received::add);
            }

            Update next() throws InterruptedException {
                Update update = received.poll(5, TimeUnit.SECONDS);
                assertThat(update).as("an update within 5 s").isNotNull();
                return update;
            }

            @Override
            public void close() throws Exception {
                app.close();
                executor.shutdownNow();
            }
        }

        @Test
        void messagesArriveInOrderExactlyOnce() throws Exception {
            try (PollingBot bot = new PollingBot()) {
                assertThat(bot.next().getMessage().getText()).isEqualTo("/start");
                telegram.userSends(ANNA, "one");
                telegram.userSends(ANNA, "two");
                telegram.userSends(ANNA, "three");

                assertThat(List.of(bot.next(), bot.next(), bot.next()))
                        .extracting(u -> u.getMessage().getText()).containsExactly("one", "two", "three");
                assertThat(bot.received.poll(300, TimeUnit.MILLISECONDS)).as("nothing delivered twice").isNull();
            }
            assertThat(telegram.calls()).extracting(ApiCall::method).startsWith("deleteWebhook", "getUpdates");
            assertThat(telegram.rejectedCalls()).isEmpty();
        }

        @Test
        void commandsCarryABotCommandEntity() throws Exception {
            try (PollingBot bot = new PollingBot()) {
                Message start = bot.next().getMessage();

                assertThat(start.getEntities()).singleElement().satisfies(e -> {
                    assertThat(e.getType()).isEqualTo("bot_command");
                    assertThat(e.getOffset()).isZero();
                    assertThat(e.getLength()).isEqualTo(6);
                });
                // TelegramBots fills entity texts in getEntities(): isCommand() is false until that was called.
                assertThat(start.isCommand()).isTrue();
                assertThat(start.getFrom().getUserName()).isEqualTo("anna_teacher");
                assertThat(start.getChat().isUserChat()).isTrue();
            }
        }

        @Test
        void redeliveredUpdateArrivesAgainAfterARestart() throws Exception {
            long updateId;
            try (PollingBot first = new PollingBot()) {
                first.next();
                updateId = telegram.userSends(ANNA, "pay the fee");
                assertThat(first.next().getUpdateId()).isEqualTo((int) updateId);
                // Otherwise its last poll, still in flight, could confirm the update again after redeliver().
                telegram.awaitUpdatesConfirmed(Duration.ofSeconds(5));
            }
            telegram.redeliver(updateId);

            try (PollingBot restarted = new PollingBot()) {
                Update again = restarted.next();
                assertThat(again.getUpdateId()).isEqualTo((int) updateId);
                assertThat(again.getMessage().getText()).isEqualTo("pay the fee");
            }
        }

        @Test
        void buttonPressArrivesAsCallbackQueryWithTheMessage() throws Exception {
            Message sent = sendWithButton("Join the seminar?", "Join", "join:7");
            try (PollingBot bot = new PollingBot()) {
                bot.next();
                telegram.userPresses(ANNA, sent.getMessageId(), "join:7");

                Update press = bot.next();
                assertThat(press.getCallbackQuery().getData()).isEqualTo("join:7");
                assertThat(press.getCallbackQuery().getFrom().getId()).isEqualTo(ANNA.id());
                Message message = (Message) press.getCallbackQuery().getMessage();
                assertThat(message.getMessageId()).isEqualTo(sent.getMessageId());
                assertThat(message.getText()).isEqualTo("Join the seminar?");
            }
            assertThatThrownBy(() -> telegram.userPresses(ANNA, sent.getMessageId(), "join:8"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("join:7");
        }
    }

    @Test
    void serverThreadsDoNotKeepTheJvmAlive() {
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("HTTP-Dispatcher") || t.getName().startsWith("telegram-emulator"))
                .isNotEmpty().allMatch(Thread::isDaemon);
    }
}
