package ru.mumo.telegram.internal.deadlines;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mumo.deadlines.NudgeDue;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.outbox.Outbox;

/** Writes a due nudge to the outbox of each recipient, in the transaction that recorded it as sent. */
@Component
class DeadlineNotifications {

    private final MembershipService membership;
    private final DeadlineTexts texts;
    private final DoneKeyboard keyboard;
    private final Messages messages;
    private final Outbox outbox;

    DeadlineNotifications(MembershipService membership, DeadlineTexts texts, DoneKeyboard keyboard,
            Messages messages, Outbox outbox) {
        this.membership = membership;
        this.texts = texts;
        this.keyboard = keyboard;
        this.messages = messages;
        this.outbox = outbox;
    }

    @EventListener
    void on(NudgeDue nudge) {
        Map<Long, Membership> members = membership.members(nudge.associationId()).stream()
                .collect(Collectors.toMap(Membership::getId, Function.identity()));
        for (Long id : nudge.recipients()) {
            Membership m = members.get(id);
            if (m == null) {
                continue;
            }
            Language language = m.getPerson().getLanguage();
            String text = messages.text(language, "deadline.nudge", "name", texts.name(language, nudge.kind(), nudge.meetingId()),
                    "association", m.getAssociation().getName(), "due", DeadlineTexts.DATE.format(nudge.dueDate()),
                    "left", texts.left(language, nudge.daysLeft()),
                    "progress", texts.progress(language, nudge.kind(), nudge.progress()));
            if (id.equals(nudge.escalatedTo())) {
                text = messages.text(language, "deadline.nudge.escalated") + "\n\n" + text;
            }
            outbox.send(m.getPerson().getTelegramUserId(), text,
                    keyboard.of(language, nudge.deadlineId(), nudge.dueDate(), nudge.meetingId()));
        }
    }
}
