package ru.mumo.telegram.internal.deadlines;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.deadlines.DeadlineKind;
import ru.mumo.deadlines.NudgeDue;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Regulation;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.membership.ChairLinkButtons;
import ru.mumo.telegram.internal.membership.OfficialsChats;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * Writes a due nudge to the outbox of each recipient, in the transaction that recorded it as sent: the officers it
 * names, each told why it reached them (standing in for the chair, or the chair let it run overdue), and the officials
 * where the chair's seat is empty or a term ends, with a button for a new chair link where there is no chair.
 */
@Component
class DeadlineNotifications {

    private final MembershipService membership;
    private final AssociationService associations;
    private final OfficialsChats officials;
    private final DeadlineTexts texts;
    private final DoneKeyboard keyboard;
    private final Messages messages;
    private final Outbox outbox;

    DeadlineNotifications(MembershipService membership, AssociationService associations, OfficialsChats officials,
            DeadlineTexts texts, DoneKeyboard keyboard, Messages messages, Outbox outbox) {
        this.membership = membership;
        this.associations = associations;
        this.officials = officials;
        this.texts = texts;
        this.keyboard = keyboard;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(NudgeDue nudge) {
        Association association = associations.association(nudge.associationId()).orElseThrow();
        Regulation regulation = associations.regulationOf(association);
        Map<Long, Membership> members = membership.members(nudge.associationId()).stream()
                .collect(Collectors.toMap(Membership::getId, Function.identity()));
        for (Long id : nudge.recipients()) {
            Membership m = members.get(id);
            if (m == null) {
                continue;
            }
            Language language = m.getPerson().getLanguage();
            String text = body(language, association, regulation, nudge);
            if (id.equals(nudge.standingIn())) {
                text = messages.text(language, "deadline.nudge.standing.in", "title", regulation.titleWord(),
                        "clause", regulation.clause("stand-in").orElse("")) + "\n\n" + text;
            } else if (id.equals(nudge.escalatedTo())) {
                text = messages.text(language, "deadline.nudge.escalated", "title", regulation.titleWord()) + "\n\n"
                        + text;
            }
            outbox.send(m.getPerson().getTelegramUserId(), text,
                    keyboard.of(language, nudge.kind(), nudge.deadlineId(), nudge.dueDate(), nudge.meetingId()));
        }
        if (nudge.officials()) {
            officials.of(association).forEach((chat, language) -> outbox.send(chat,
                    messages.text(language, nudge.chairSeatEmpty() ? "deadline.nudge.official.seat.empty"
                                    : "deadline.nudge.official.term", "association", association.getName(),
                            "title", regulation.titleWord(), "deputy", nudge.standingIn() != null ? "yes" : "no")
                            + "\n\n" + body(language, association, regulation, nudge),
                    nudge.chairSeatEmpty() ? Keyboard.of(Button.callback(messages.text(language,
                                    "associations.button", "name", association.getName(),
                                    "title", regulation.titleWord()),
                            ButtonHandler.data(ChairLinkButtons.PREFIX, association.getId()))) : null));
        }
    }

    private String body(Language language, Association association, Regulation regulation, NudgeDue nudge) {
        String progress = texts.progress(language, regulation, nudge.kind(), nudge.dueDate(), nudge.daysLeft(),
                nudge.progress());
        return messages.text(language, nudge.kind() == DeadlineKind.TERM_END ? "deadline.nudge.term" : "deadline.nudge",
                "name", texts.name(language, nudge.kind(), nudge.meetingId()), "association", association.getName(),
                "due", DeadlineTexts.DATE.format(nudge.dueDate()), "left", texts.left(language, nudge.daysLeft()),
                "clause", texts.clause(language, nudge.clause()), "progress", progress,
                "title", regulation.titleWord());
    }
}
