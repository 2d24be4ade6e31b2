package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.deadlines.DoneResult;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;

/**
 * {@code ddone:<deadline>:<due date as epoch day>} under a nudge: marks the deadline met. It acts in the
 * nudge's association, which need not be the one the person's commands currently act on.
 */
@Component
class DeadlineDoneButtons implements ButtonHandler {

    static final String PREFIX = "ddone";

    private final DeadlineService deadlines;
    private final MembershipService membership;
    private final DeadlineTexts texts;

    DeadlineDoneButtons(DeadlineService deadlines, MembershipService membership, DeadlineTexts texts) {
        this.deadlines = deadlines;
        this.membership = membership;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.MEMBER;
    }

    @Override
    public void press(Request request, String data) {
        String[] parts = data.split(":");
        Optional<Deadline> deadline = deadlines.deadline(ButtonHandler.id(parts, 0));
        LocalDate due = LocalDate.ofEpochDay(ButtonHandler.position(parts, 1));
        if (deadline.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        Membership member = membership.membershipsOf(request.caller().person()).stream()
                .filter(m -> m.getAssociation().getId() == deadline.get().getAssociationId())
                .findFirst().orElse(null);
        DoneResult result = deadlines.markDone(member, deadline.get().getId(), due);
        switch (result) {
            case DONE -> request.editOrigin(deadline.get().getKind().perMeeting()
                    ? request.text("deadline.done.once", "name", texts.name(request.language(), deadline.get()))
                    : request.text("deadline.done", "name", texts.name(request.language(), deadline.get()),
                            "due", DeadlineTexts.DATE.format(due),
                            "next", DeadlineTexts.DATE.format(deadline.get().getDueDate())), null);
            case ALREADY -> request.answer("deadline.done.already");
            case PROTOCOL_NOT_FINAL -> request.alert("deadline.done.protocol");
            default -> request.alert("refused.not.allowed");
        }
    }
}
