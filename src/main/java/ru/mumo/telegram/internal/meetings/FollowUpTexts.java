package ru.mumo.telegram.internal.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.FollowUp;
import ru.mumo.meetings.FollowUpResult;
import ru.mumo.meetings.FollowUpService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;

/**
 * How a follow-up by the roster reads: who asked it (every reminder names them), the line on a board saying when
 * the last one went, the button that sends the next, and the answer to that button's press.
 */
@Component
public class FollowUpTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MembershipService membership;
    private final Messages messages;

    FollowUpTexts(MembershipService membership, Messages messages) {
        this.membership = membership;
        this.messages = messages;
    }

    /** "Иванова Анна Петровна (ответственный секретарь)": the officer who asked. */
    public String asker(Language language, long membershipId) {
        return membership.anyMembership(membershipId)
                .map(m -> messages.text(language, "followup.asker", "name", m.getPerson().getFullName(),
                        "role", messages.text(language, "role." + m.getRole().name(), "title", membership.titleWord(m))))
                .orElse("");
    }

    /** "🔔 Last reminder at 14:05 by …, to 4" under a board, or nothing before the first. */
    public String lastLine(Language language, Optional<FollowUp> last, ZoneId zone) {
        return last.map(f -> "\n" + messages.text(language, "followup.last",
                "time", TIME.format(f.getAskedAt().atZone(zone)), "asker", asker(language, f.getAskedByMembershipId()),
                "count", f.getRecipients())).orElse("");
    }

    /** The button under a board or a forecast that reminds the {@code count} who have not done it yet. */
    public Button button(Language language, String labelKey, int count, String prefix, Object... data) {
        return Button.callback(messages.text(language, labelKey, "count", count), ButtonHandler.data(prefix, data));
    }

    /** Names shown at most under a heading: a message holds 4,096 characters and a phone shows far fewer. */
    static final int MAX_NAMES = 40;

    /**
     * Names one per line after a heading such as "Not voted yet (2):", which gives the count; beyond {@value
     * #MAX_NAMES}, "… +N" for the rest.
     */
    public static String names(List<Membership> people) {
        StringBuilder names = new StringBuilder();
        people.stream().limit(MAX_NAMES).forEach(m -> names.append("\n• ").append(m.getPerson().getFullName()));
        if (people.size() > MAX_NAMES) {
            names.append("\n• … +").append(people.size() - MAX_NAMES);
        }
        return names.toString();
    }

    /**
     * Answers the press: sent to so many; or nobody is left; or one went less than ten minutes ago, by whom, and
     * from when the next may go.
     */
    public void answer(Request request, FollowUpResult result, String nobodyKey, ZoneId zone) {
        if (result.sent()) {
            request.answer("followup.sent", "count", result.recipients());
        } else if (result.tooSoon()) {
            FollowUp last = result.previous();
            request.alert("followup.too.soon", "time", TIME.format(last.getAskedAt().atZone(zone)),
                    "asker", asker(request.language(), last.getAskedByMembershipId()),
                    "next", TIME.format(last.getAskedAt().plus(FollowUpService.INTERVAL).atZone(zone)));
        } else {
            request.alert(nobodyKey);
        }
    }
}
