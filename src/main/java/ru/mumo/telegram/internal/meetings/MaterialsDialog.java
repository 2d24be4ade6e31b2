package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MaterialService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingMaterial;
import ru.mumo.meetings.NewMaterial;
import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /materials} after the meeting was picked: shows what is attached (with a button to remove each), takes
 * documents sent or forwarded one by one, asks for each which agenda item it belongs to, and attaches it at once;
 * {@code /done} ends it and offers to tell the participants. Each file is stored when placed, so a restart or a
 * /cancel keeps what was attached.
 */
@Component
class MaterialsDialog implements Dialog {

    static final String NAME = "materials";
    static final String FILES = "files";
    static final String ITEM = "item";
    private static final String MEETING = "meeting";

    private final Dialogs dialogs;
    private final MaterialService materials;
    private final MeetingAccess access;
    private final MeetingTexts texts;

    MaterialsDialog(Dialogs dialogs, MaterialService materials, MeetingAccess access, MeetingTexts texts) {
        this.dialogs = dialogs;
        this.materials = materials;
        this.access = access;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "material.dialog.cancelled";
    }

    void begin(Request request, Meeting meeting) {
        DialogState state = dialogs.start(request.chatId(), NAME, FILES).put(MEETING, String.valueOf(meeting.getId()));
        request.send(list(request, meeting), removeKeyboard(request, meeting));
        repeatQuestion(request, state);
    }

    /** The dialog's meeting, if the person is in this dialog about it. */
    static boolean about(DialogState state, long meetingId) {
        return String.valueOf(meetingId).equals(state.get(MEETING));
    }

    @Override
    public void onText(Request request, DialogState state) {
        request.reply(ITEM.equals(state.step()) ? "meeting.new.press.button" : "material.dialog.files.only");
        repeatQuestion(request, state);
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        Meeting meeting = meeting(state);
        if (ITEM.equals(state.step())) {
            request.send(request.text("material.ask.item", "name", DialogMaterials.held(state)),
                    DialogMaterials.itemKeyboard(request, MaterialsButtons.PREFIX + ":" + meeting.getId(),
                            meeting.getAgenda()));
        } else {
            request.reply("material.dialog.ask", "meeting", texts.name(request.language(), meeting));
        }
    }

    @Override
    public void onDocument(Request request, DialogState state) {
        Meeting meeting = meeting(state);
        if (ITEM.equals(state.step())) {
            request.reply("material.dialog.pick.first", "name", DialogMaterials.held(state));
            repeatQuestion(request, state);
        } else if (meeting.getAgenda().isEmpty()) {
            attach(request, meeting, new NewMaterial(null, request.file().displayName(), request.file().fileId(),
                    request.file().mimeType()));
        } else {
            DialogMaterials.hold(state, request.file());
            dialogs.advance(state, ITEM);
            repeatQuestion(request, state);
        }
    }

    /**
     * The held file goes to the 0-based item, or to the whole meeting; it stays held if the rules refuse it (an item
     * the agenda does not have, too many materials), so nothing is lost.
     */
    void place(Request request, DialogState state, Integer position) {
        Meeting meeting = meeting(state);
        String name = DialogMaterials.held(state);
        attach(request, meeting, DialogMaterials.heldMaterial(state, position));
        request.editOrigin(request.text("material.ask.item", "name", name), null);
        DialogMaterials.dropHeld(state);
        dialogs.advance(state, FILES);
    }

    /** {@code /done}: the list as it is now, and the offer to tell the participants. */
    @Override
    public void done(Request request, DialogState state) {
        if (ITEM.equals(state.step())) {
            request.reply("material.dialog.pick.first", "name", DialogMaterials.held(state));
            repeatQuestion(request, state);
            return;
        }
        Meeting meeting = meeting(state);
        dialogs.end(state);
        boolean any = !materials.materials(meeting.getId()).isEmpty();
        request.send(list(request, meeting), any ? Keyboard.of(Button.callback(request.text("material.notify.button"),
                ButtonHandler.data(MaterialsButtons.PREFIX, meeting.getId(), "s"))) : null);
    }

    private void attach(Request request, Meeting meeting, NewMaterial material) {
        Membership officer = access.membershipFor(request.caller(), meeting);
        MeetingMaterial attached = materials.attach(officer, meeting.getId(), material);
        request.reply("material.attached", "name", attached.getFileName(),
                "item", attached.getAgendaPosition() == null ? 0 : attached.getAgendaPosition() + 1);
    }

    /** "Materials of the meeting of 25.12.2026:" and one line each, or that there are none yet. */
    String list(Request request, Meeting meeting) {
        List<MeetingMaterial> attached = materials.materials(meeting.getId());
        String label = texts.name(request.language(), meeting);
        if (attached.isEmpty()) {
            return request.text("material.list.empty", "meeting", label);
        }
        StringBuilder text = new StringBuilder(request.text("material.list.header", "meeting", label));
        for (int i = 0; i < attached.size(); i++) {
            MeetingMaterial m = attached.get(i);
            text.append('\n').append(i + 1).append(". ").append(request.text("material.line", "name", m.getFileName(),
                    "item", m.getAgendaPosition() == null ? 0 : m.getAgendaPosition() + 1));
        }
        return text.toString();
    }

    /** "🗑 1", "🗑 2"... to remove a material attached by mistake. */
    Keyboard removeKeyboard(Request request, Meeting meeting) {
        List<MeetingMaterial> attached = materials.materials(meeting.getId());
        if (attached.isEmpty()) {
            return null;
        }
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < attached.size(); i++) {
            buttons.add(Button.callback(request.text("material.remove.button", "number", i + 1),
                    ButtonHandler.data(MaterialsButtons.PREFIX, meeting.getId(), "d", attached.get(i).getId())));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 4) {
            rows.add(buttons.subList(i, Math.min(buttons.size(), i + 4)));
        }
        return new Keyboard(rows);
    }

    private Meeting meeting(DialogState state) {
        return access.meeting(Long.parseLong(state.get(MEETING)));
    }
}
