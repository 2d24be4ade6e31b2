package ru.mumo.telegram.internal.meetings;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MaterialService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.MeetingStatus;
import ru.mumo.membership.Membership;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.ButtonData;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Keyboard;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * The buttons of {@code /materials}, acting in the meeting's association: {@code matm:<meeting>} picks the meeting,
 * {@code matm:<meeting>:m:<item>} (or {@code :m:x}, the whole meeting) places the file just sent,
 * {@code matm:<meeting>:d:<material>} removes one, and {@code matm:<meeting>:s} tells every participant that
 * materials are there, with the "📎 Материалы" button.
 */
@Component
class MaterialsButtons implements ButtonHandler {

    static final String PREFIX = "matm";

    private final MeetingAccess access;
    private final MaterialsDialog dialog;
    private final MaterialService materials;
    private final MaterialMessages materialMessages;
    private final MeetingService meetings;
    private final MeetingTexts texts;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Outbox outbox;

    MaterialsButtons(MeetingAccess access, MaterialsDialog dialog, MaterialService materials,
            MaterialMessages materialMessages, MeetingService meetings, MeetingTexts texts, Dialogs dialogs,
            Messages messages, Outbox outbox) {
        this.access = access;
        this.dialog = dialog;
        this.materials = materials;
        this.materialMessages = materialMessages;
        this.meetings = meetings;
        this.texts = texts;
        this.dialogs = dialogs;
        this.messages = messages;
        this.outbox = outbox;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void press(Request request, ButtonData data) {
        Meeting meeting = access.meeting(data.id(0));
        Membership officer = access.membershipFor(request.caller(), meeting);
        switch (data.word(1)) {
            case "" -> {
                request.editOrigin(request.text("material.pick"), null);
                dialog.begin(request, meeting);
            }
            case "m" -> {
                Optional<DialogState> state = dialogs.current(request.chatId(), MaterialsDialog.NAME)
                        .filter(s -> MaterialsDialog.about(s, meeting.getId()) && MaterialsDialog.ITEM.equals(s.step()));
                if (state.isEmpty()) {
                    request.answer("button.inactive");
                } else {
                    dialog.place(request, state.get(), data.is(2, "x") ? null : data.position(2));
                }
            }
            case "d" -> {
                materials.remove(officer, data.id(2));
                request.editOrigin(dialog.list(request, meeting), dialog.removeKeyboard(request, meeting));
                request.answer("material.removed");
            }
            case "s" -> {
                request.editOrigin(dialog.list(request, meeting), null);
                if (meeting.getStatus() == MeetingStatus.CANCELLED || materials.materials(meeting.getId()).isEmpty()) {
                    request.alert("material.none");
                    return;
                }
                notifyParticipants(meeting);
                request.answer("material.notified");
            }
            default -> request.answer("button.inactive");
        }
    }

    private void notifyParticipants(Meeting meeting) {
        for (Membership m : meetings.participants(meeting.getId()).values()) {
            Language language = m.getPerson().getLanguage();
            outbox.send(m.getPerson().getTelegramUserId(), messages.text(language, "material.notice",
                    "meeting", texts.name(language, meeting), "count", materials.materials(meeting.getId()).size()),
                    Keyboard.of(materialMessages.button(language, meeting)));
        }
    }
}
