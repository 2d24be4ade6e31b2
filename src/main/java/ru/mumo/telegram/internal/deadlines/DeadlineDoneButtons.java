package ru.mumo.telegram.internal.deadlines;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.deadlines.Deadline;
import ru.mumo.deadlines.DeadlineService;
import ru.mumo.deadlines.DoneResult;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
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
    private final DeadlineTexts texts;

    DeadlineDoneButtons(DeadlineService deadlines, DeadlineTexts texts) {
        this.deadlines = deadlines;
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
    public void press(Request request, ButtonData data) {
        Optional<Deadline> deadline = deadlines.deadline(data.id(0));
        LocalDate due = LocalDate.ofEpochDay(data.position(1));
        if (deadline.isEmpty()) {
            request.answer("button.inactive");
            return;
        }
        Membership member = request.caller().membershipIn(deadline.get().getAssociationId()).orElse(null);
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
