package ru.mumo.sandbox.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.emulator.BotMessage;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Officials;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;

/** What the sandbox page asks for and does: the phones' state, typing, pressing, the clock, the demo. */
class SandboxApi {

    private final BotApiEmulator telegram;
    private final Transcripts transcripts;
    private final Cast cast;
    private final DemoScript demo;
    private final ShiftableClock clock;
    private final PersonService membership;
    private final MembershipService roles;
    private final Officials officials;
    private final Messages messages;
    private final ZoneId zone;

    SandboxApi(BotApiEmulator telegram, Transcripts transcripts, Cast cast, DemoScript demo, ShiftableClock clock,
            PersonService membership, MembershipService roles, Officials officials, Messages messages,
            AppProperties properties) {
        this.roles = roles;
        this.telegram = telegram;
        this.transcripts = transcripts;
        this.cast = cast;
        this.demo = demo;
        this.clock = clock;
        this.membership = membership;
        this.officials = officials;
        this.messages = messages;
        this.zone = properties.timezone();
    }

    Map<String, Object> state(Language language) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", transcripts.version());
        state.put("clock", clock.instant().atZone(zone).toLocalDateTime().withNano(0).toString());
        state.put("zone", zone.getId());
        state.put("demo", demo.state().name());
        List<Map<String, Object>> people = new ArrayList<>();
        for (Cast.Actor actor : cast.actors()) {
            people.add(phone(actor, language));
        }
        state.put("people", people);
        return state;
    }

    Map<String, String> texts(Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        messages.keys(language).stream().filter(k -> k.startsWith("sandbox.")).sorted()
                .forEach(k -> texts.put(k.substring("sandbox.".length()), messages.text(language, k)));
        return texts;
    }

    void send(long userId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty message");
        }
        telegram.userSends(cast.byId(userId).user(), text.strip());
    }

    void press(long userId, long messageId, String data) {
        telegram.userPresses(cast.byId(userId).user(), messageId, data);
    }

    BotMessage.Document document(long chatId, long messageId) {
        return telegram.messagesIn(chatId).stream().filter(m -> m.messageId() == messageId && m.document() != null)
                .findFirst().map(BotMessage::document)
                .orElseThrow(() -> new IllegalArgumentException("No document " + messageId + " in chat " + chatId));
    }

    void shiftClock(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("Time only moves forward");
        }
        clock.shift(by);
    }

    void moveClockTo(LocalDateTime local) {
        clock.moveTo(local.atZone(zone).toInstant());
    }

    boolean startDemo() {
        return demo.start();
    }

    private Map<String, Object> phone(Cast.Actor actor, Language language) {
        Map<String, Object> phone = new LinkedHashMap<>();
        phone.put("id", actor.id());
        phone.put("name", actor.firstName());
        phone.put("role", role(actor, language));
        List<Map<String, Object>> chat = new ArrayList<>();
        for (BotMessage message : telegram.messagesIn(actor.id())) {
            chat.add(botMessage(actor.id(), message));
        }
        for (Transcripts.Typed typed : transcripts.typedBy(actor.id())) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", typed.messageId());
            line.put("from", "me");
            line.put("text", typed.text());
            chat.add(line);
        }
        chat.sort(Comparator.comparingLong(m -> (Long) m.get("id")));
        phone.put("chat", chat);
        Transcripts.Toast toast = transcripts.toastFor(actor.id());
        phone.put("toast", toast == null ? null : Map.of("text", toast.text(), "at", toast.at()));
        return phone;
    }

    private Map<String, Object> botMessage(long chatId, BotMessage message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", message.messageId());
        line.put("from", "bot");
        line.put("text", message.document() != null ? message.caption() : message.text());
        line.put("edited", message.editCount() > 0);
        line.put("deleted", message.deleted());
        line.put("buttons", message.keyboard().stream().map(row -> row.stream().map(b -> {
            Map<String, Object> button = new LinkedHashMap<>();
            button.put("text", b.text());
            button.put("data", b.callbackData());
            button.put("url", b.url());
            return button;
        }).toList()).toList());
        if (message.document() != null) {
            line.put("document", Map.of("name", message.document().fileName(),
                    "url", "/sandbox/api/file?chat=" + chatId + "&message=" + message.messageId()));
        }
        return line;
    }

    private String role(Cast.Actor actor, Language language) {
        var person = membership.findPerson(actor.id());
        if (person.isPresent()) {
            return membership.currentMembership(person.get())
                    .map(m -> messages.text(language, "role." + m.getRole().name(), "title", roles.titleWord(m)) + " · "
                            + m.getAssociation().getName())
                    .orElse(messages.text(language, "sandbox.role.none"));
        }
        return officials.includes(actor.id()) ? messages.text(language, "sandbox.role.official")
                : messages.text(language, "sandbox.role.stranger");
    }
}
