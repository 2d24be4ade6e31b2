package ru.mumo.telegram.internal.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Admission;
import ru.mumo.membership.Consent;
import ru.mumo.membership.InviteService;
import ru.mumo.membership.JoinRequest;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipException;
import ru.mumo.membership.PersonDetails;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * Registration by invite: consent to the processing of personal data, then full name, place of work and
 * position, then the membership. Nothing about the person is stored before the last answer; the dialog's
 * state is, so a restart continues where the person was.
 */
@Component
public class RegistrationDialog implements Dialog {

    public static final String NAME = "registration";
    public static final String CONSENT_BUTTONS = "consent";
    static final String CONSENT = "consent";
    static final String FULL_NAME = "name";
    static final String WORK_PLACE = "work";
    static final String POSITION = "position";
    static final String CODE = "code";
    static final String CONSENT_AT = "consentAt";
    static final String CONSENT_VERSION = "consentVersion";

    private static final int MAX_NAME = 150;
    private static final int MAX_WORK_PLACE = 300;
    private static final int MAX_POSITION = 200;
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}][\\p{L} .'’-]*");

    private final Dialogs dialogs;
    private final InviteService invites;
    private final RegulationTexts regulations;
    private final Clock clock;

    RegistrationDialog(Dialogs dialogs, InviteService invites, RegulationTexts regulations, Clock clock) {
        this.dialogs = dialogs;
        this.invites = invites;
        this.regulations = regulations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "registration.cancelled";
    }

    /** Someone registering may need a few days to find their position's exact title. */
    @Override
    public Duration lifetime() {
        return Duration.ofDays(7);
    }

    /** Registration to another association asks for consent itself and stores it at the end. */
    @Override
    public boolean asksConsentItself() {
        return true;
    }

    /** Begins registration with an invite code that was valid a moment ago. */
    public void begin(Request request, String code) {
        dialogs.start(request.chatId(), NAME, CONSENT).put(CODE, code);
        askConsent(request);
    }

    /** The person pressed Accept or Decline under the consent text. */
    public void onConsent(Request request, boolean accepted) {
        DialogState state = dialogs.current(request.chatId(), NAME).filter(s -> CONSENT.equals(s.step())).orElse(null);
        if (state == null) {
            request.answer("button.inactive");
            return;
        }
        if (!accepted) {
            dialogs.end(state);
            request.editOrigin(request.text("consent.declined"), null);
            request.answer("consent.declined.short");
            return;
        }
        Instant now = clock.instant();
        state.put(CONSENT_AT, now.toString()).put(CONSENT_VERSION, request.text("consent.version"));
        dialogs.advance(state, FULL_NAME);
        request.editOrigin(request.text("consent.text") + "\n\n" + request.text("consent.accepted.mark"), null);
        request.answer("consent.accepted.short");
        request.reply("registration.ask.name");
    }

    @Override
    public void onText(Request request, DialogState state) {
        String answer = request.argument().replaceAll("\\s+", " ");
        switch (state.step()) {
            case CONSENT -> {
                request.reply("consent.press.button");
                askConsent(request);
            }
            case FULL_NAME -> {
                String problem = checkName(answer);
                if (problem != null) {
                    request.reply(problem, "max", MAX_NAME);
                    return;
                }
                state.put(FULL_NAME, answer);
                dialogs.advance(state, WORK_PLACE);
                request.reply("registration.ask.work");
            }
            case WORK_PLACE -> {
                if (!fits(request, answer, MAX_WORK_PLACE)) {
                    return;
                }
                state.put(WORK_PLACE, answer);
                dialogs.advance(state, POSITION);
                request.reply("registration.ask.position");
            }
            case POSITION -> {
                if (!fits(request, answer, MAX_POSITION)) {
                    return;
                }
                state.put(POSITION, answer);
                complete(request, state);
            }
            default -> throw new IllegalStateException("Unknown registration step " + state.step());
        }
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        switch (state.step()) {
            case CONSENT -> askConsent(request);
            case FULL_NAME -> request.reply("registration.ask.name");
            case WORK_PLACE -> request.reply("registration.ask.work");
            default -> request.reply("registration.ask.position");
        }
    }

    private void complete(Request request, DialogState state) {
        dialogs.end(state);
        try {
            admitted(request, invites.join(state.get(CODE), request.chatId(),
                    new PersonDetails(state.get(FULL_NAME), state.get(WORK_PLACE), state.get(POSITION)),
                    new Consent(state.get(CONSENT_VERSION), Instant.parse(state.get(CONSENT_AT))),
                    request.language()));
        } catch (MembershipException e) {
            request.reply(e.messageKey());
        }
    }

    /**
     * What the person is told once the invite is used: the welcome, or that the request waits for the chair (T 2.2).
     * Shared with the confirmed join of an already registered person.
     */
    void admitted(Request request, Admission admission) {
        if (admission.joined()) {
            welcome(request, admission.membership());
            return;
        }
        JoinRequest pending = admission.request();
        request.reply("registration.requested", "name", pending.getPerson().getFullName(),
                "association", pending.getAssociation().getName(),
                "title", regulations.title(pending.getAssociation()),
                "clause", regulations.of(pending.getAssociation()).clause("composition").orElse(""));
    }

    /** The welcome to a new member, in the words of the association's regulation. */
    void welcome(Request request, Membership joined) {
        request.reply("registration.done",
                "name", joined.getPerson().getFullName(),
                "association", joined.getAssociation().getName(),
                "role", regulations.role(request.language(), joined.getRole(), joined.getAssociation()));
    }

    private void askConsent(Request request) {
        request.send(request.text("consent.text"), Keyboard.of(
                Button.callback(request.text("consent.accept"), ButtonHandler.data(CONSENT_BUTTONS, "yes")),
                Button.callback(request.text("consent.decline"), ButtonHandler.data(CONSENT_BUTTONS, "no"))));
    }

    private static String checkName(String name) {
        if (name.isEmpty()) {
            return "registration.name.empty";
        }
        if (name.length() > MAX_NAME) {
            return "registration.name.too.long";
        }
        if (!NAME_CHARACTERS.matcher(name).matches() || name.split(" ").length < 2) {
            return "registration.name.invalid";
        }
        return null;
    }

    private static boolean fits(Request request, String answer, int max) {
        if (answer.length() < 2) {
            request.reply("registration.answer.too.short");
            return false;
        }
        if (answer.length() > max) {
            request.reply("registration.answer.too.long", "max", max);
            return false;
        }
        return true;
    }
}
