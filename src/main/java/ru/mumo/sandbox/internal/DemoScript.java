package ru.mumo.sandbox.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.emulator.TestUser;

/**
 * Seeds the demo association the way people would: the official creates it, the chair and members open their
 * links and register through the real dialogs, the chair appoints the secretary and invites a guest. Nothing
 * is written to the database behind the bot's back.
 */
public final class DemoScript {

    public enum State { NONE, RUNNING, DONE, FAILED }

    private static final Logger log = LoggerFactory.getLogger(DemoScript.class);
    private static final Pattern START_CODE = Pattern.compile("\\?start=([A-Za-z0-9_-]+)");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final BotApiEmulator telegram;
    private final Cast cast;
    private final LongPredicate registered;
    private final AtomicReference<State> state = new AtomicReference<>(State.NONE);

    /** {@code registered} tells whether a person has registered already (they join without the dialog). */
    public DemoScript(BotApiEmulator telegram, Cast cast, LongPredicate registered) {
        this.telegram = telegram;
        this.cast = cast;
        this.registered = registered;
    }

    public State state() {
        return state.get();
    }

    /** Starts the demo in the background; false if it already ran or runs. */
    public boolean start() {
        if (!state.compareAndSet(State.NONE, State.RUNNING)) {
            return false;
        }
        Thread thread = new Thread(() -> {
            try {
                play();
                state.set(State.DONE);
            } catch (RuntimeException e) {
                log.warn("The demo association could not be set up", e);
                state.set(State.FAILED);
            }
        }, "sandbox-demo");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /**
     * The official creates the association under the first regulation offered (the Terek one, whose chair approves each
     * new member), the chair and the teachers register, and the chair approves each teacher's request.
     */
    private void play() {
        TestUser official = cast.actor("official").user();
        BotMessage pick = sendAndAwait(official, "/new_association " + cast.association(),
                m -> buttonData(m, "newassoc:") != null);
        telegram.userPresses(official, pick.messageId(), buttonData(pick, "newassoc:"));
        BotMessage created = telegram.awaitMessage(official.id(), m -> m.messageId() == pick.messageId()
                && m.text() != null && START_CODE.matcher(m.text()).find(), WAIT);
        List<String> codes = START_CODE.matcher(created.text()).results().map(r -> r.group(1)).toList();
        register(cast.actor("chair"), codes.get(0));
        for (String key : List.of("secretary", "teacher1", "teacher2", "teacher3")) {
            register(cast.actor(key), codes.get(1));
            approve(cast.actor(key));
        }
        appointSecretary();
        TestUser chair = cast.actor("chair").user();
        BotMessage guestLink = sendAndAwait(chair, "/invite guest", m -> m.text() != null && m.text().contains("?start="));
        Matcher guestCode = START_CODE.matcher(guestLink.text());
        guestCode.find();
        register(cast.actor("guest"), guestCode.group(1));
    }

    private void register(Cast.Actor actor, String code) {
        TestUser user = actor.user();
        if (registered.test(user.id())) {
            BotMessage confirm = sendAndAwait(user, "/start " + code, m -> buttonData(m, "joinc:") != null);
            pressAndAwait(user, confirm, buttonData(confirm, "joinc:"));
            return;
        }
        BotMessage consent = sendAndAwait(user, "/start " + code, m -> hasButton(m, "consent:yes"));
        pressAndAwait(user, consent, "consent:yes");
        sendAndAwait(user, actor.fullName(), m -> true);
        sendAndAwait(user, actor.school(), m -> true);
        sendAndAwait(user, actor.position(), m -> true);
    }

    /** The chair accepts the teacher's request to join, as the Terek regulation has the chair approve members. */
    private void approve(Cast.Actor actor) {
        TestUser chair = cast.actor("chair").user();
        BotMessage request = telegram.awaitMessage(chair.id(), m -> m.text() != null
                && m.text().contains(actor.fullName()) && buttonData(m, "jreq:") != null, WAIT);
        telegram.userPresses(chair, request.messageId(), buttonData(request, "jreq:"));
        telegram.awaitMessage(chair.id(), m -> m.messageId() == request.messageId() && m.keyboard().isEmpty(), WAIT);
    }

    private void appointSecretary() {
        TestUser chair = cast.actor("chair").user();
        Cast.Actor secretary = cast.actor("secretary");
        BotMessage pick = sendAndAwait(chair, "/appoint", m -> m.buttonTexts().contains(secretary.fullName()));
        telegram.userPresses(chair, pick.messageId(), pick.button(secretary.fullName()).orElseThrow().callbackData());
        BotMessage roles = telegram.awaitMessage(chair.id(), m -> m.messageId() == pick.messageId()
                && m.keyboard().stream().flatMap(List::stream).anyMatch(b -> b.callbackData() != null
                        && b.callbackData().endsWith(":SECRETARY")), WAIT);
        String data = roles.keyboard().stream().flatMap(List::stream).map(BotMessage.Button::callbackData)
                .filter(d -> d != null && d.endsWith(":SECRETARY")).findFirst().orElseThrow();
        telegram.userPresses(chair, roles.messageId(), data);
        telegram.awaitMessage(chair.id(), m -> m.messageId() == pick.messageId() && m.keyboard().isEmpty(), WAIT);
    }

    /** Sends a text and waits for the first new message from the bot in that chat that matches. */
    private BotMessage sendAndAwait(TestUser user, String text, Predicate<BotMessage> match) {
        long after = lastMessageId(user.id());
        telegram.userSends(user, text);
        return telegram.awaitMessage(user.id(), m -> m.messageId() > after && match.test(m), WAIT);
    }

    private void pressAndAwait(TestUser user, BotMessage message, String data) {
        long after = lastMessageId(user.id());
        telegram.userPresses(user, message.messageId(), data);
        telegram.awaitMessage(user.id(), m -> m.messageId() > after, WAIT);
    }

    private long lastMessageId(long chatId) {
        List<BotMessage> messages = telegram.messagesIn(chatId);
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).messageId();
    }

    /** The data of the first button whose data starts with {@code prefix}, or {@code null}. */
    private static String buttonData(BotMessage message, String prefix) {
        return message.keyboard().stream().flatMap(List::stream).map(BotMessage.Button::callbackData)
                .filter(d -> d != null && d.startsWith(prefix)).findFirst().orElse(null);
    }

    private static boolean hasButton(BotMessage message, String data) {
        return message.keyboard().stream().flatMap(List::stream).anyMatch(b -> data.equals(b.callbackData()));
    }
}
