package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /materials}: attach documents to a meeting or event, or to one of its agenda items (T 2.6), or remove one.
 * Offers the upcoming ones and those held lately (their protocols list the materials); with only one, starts at once.
 */
@Component
class MaterialsCommand implements Command {

    /** How many upcoming and how many held meetings the picker offers. */
    private static final int OFFERED = 5;

    private final MeetingService meetings;
    private final MaterialsDialog dialog;
    private final MeetingTexts texts;

    MaterialsCommand(MeetingService meetings, MaterialsDialog dialog, MeetingTexts texts) {
        this.meetings = meetings;
        this.dialog = dialog;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "materials";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        long associationId = request.caller().membership().getAssociation().getId();
        List<Meeting> offered = Stream.concat(meetings.upcomingOfAnyKind(associationId).stream().limit(OFFERED),
                meetings.begun(associationId).stream().filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
                        .limit(OFFERED)).toList();
        if (offered.isEmpty()) {
            request.reply("material.no.meetings");
        } else if (offered.size() == 1) {
            dialog.begin(request, offered.get(0));
        } else {
            List<Button> buttons = new ArrayList<>();
            for (Meeting m : offered) {
                buttons.add(Button.callback(request.text(MeetingTexts.key(m, "meeting.pick.item"),
                        "when", MeetingTexts.when(m), "meeting", texts.label(request.language(), m)),
                        ButtonHandler.data(MaterialsButtons.PREFIX, m.getId())));
            }
            request.send(request.text("material.pick"), Keyboard.column(buttons));
        }
    }
}
