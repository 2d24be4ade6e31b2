package ru.mumo.telegram.internal.meetings;

import java.util.ArrayList;
import java.util.List;

import ru.mumo.meetings.NewMaterial;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.IncomingFile;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * Files sent while a meeting or event is being scheduled, kept in the dialog's state until it is confirmed, so
 * that the announcement carries them. A file waits there ("held") while the officer picks its agenda item. Few
 * and with short names, to fit the state's row; more can be attached later with /materials.
 */
final class DialogMaterials {

    static final int MAX = 5;
    private static final int MAX_NAME = 120;
    private static final String COUNT = "mats";
    private static final String ITEM = "mat.";
    private static final String HELD = "mat.held.";

    private DialogMaterials() {
    }

    static boolean full(DialogState state) {
        return count(state) >= MAX;
    }

    /** Keeps the file for the agenda item the officer is about to pick. */
    static void hold(DialogState state, IncomingFile file) {
        state.put(HELD + "id", file.fileId()).put(HELD + "name", name(file)).put(HELD + "mime", nullToEmpty(file.mimeType()));
    }

    /** The held file's name, or {@code null} when none waits. */
    static String held(DialogState state) {
        String id = state.get(HELD + "id");
        return id == null || id.isEmpty() ? null : state.get(HELD + "name");
    }

    /** Adds the held file to the list, for the 0-based item or for the whole meeting when {@code position} is null. */
    static void placeHeld(DialogState state, Integer position) {
        NewMaterial held = heldMaterial(state, position);
        add(state, held.fileRef(), held.fileName(), nullToEmpty(held.mimeType()), position);
        dropHeld(state);
    }

    /** The held file, for the 0-based item or the whole meeting. */
    static NewMaterial heldMaterial(DialogState state, Integer position) {
        String mime = state.get(HELD + "mime");
        return new NewMaterial(position, state.get(HELD + "name"), state.get(HELD + "id"),
                mime == null || mime.isEmpty() ? null : mime);
    }

    static void dropHeld(DialogState state) {
        state.put(HELD + "id", "");
    }

    static void add(DialogState state, IncomingFile file, Integer position) {
        add(state, file.fileId(), name(file), nullToEmpty(file.mimeType()), position);
    }

    /**
     * The materials to attach; one placed on an item the agenda no longer has (the agenda was typed again) belongs to
     * the whole meeting.
     */
    static List<NewMaterial> list(DialogState state, int agendaSize) {
        List<NewMaterial> materials = new ArrayList<>();
        for (int i = 0; i < count(state); i++) {
            String item = state.get(ITEM + i + ".item");
            Integer position = item.isEmpty() || Integer.parseInt(item) >= agendaSize ? null : Integer.valueOf(item);
            String mime = state.get(ITEM + i + ".mime");
            materials.add(new NewMaterial(position, state.get(ITEM + i + ".name"), state.get(ITEM + i + ".id"),
                    mime.isEmpty() ? null : mime));
        }
        return materials;
    }

    /** The materials so far for the summary, one per line, or the hint that files may be sent. */
    static String summary(Request request, DialogState state, int agendaSize) {
        List<NewMaterial> materials = list(state, agendaSize);
        if (materials.isEmpty()) {
            return request.text("material.dialog.hint", "max", MAX);
        }
        StringBuilder text = new StringBuilder(request.text("material.dialog.header"));
        for (NewMaterial m : materials) {
            text.append('\n').append(request.text("material.line", "name", m.fileName(),
                    "item", m.agendaPosition() == null ? 0 : m.agendaPosition() + 1));
        }
        return text.toString();
    }

    /** One button per agenda item and one for the whole meeting: {@code <prefix>:m:<position>} or {@code :m:x}. */
    static Keyboard itemKeyboard(Request request, String prefix, List<String> agenda) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            String title = agenda.get(i);
            buttons.add(Button.callback((i + 1) + ". " + (title.length() <= 50 ? title : title.substring(0, 49) + "…"),
                    ButtonHandler.data(prefix, "m", i)));
        }
        buttons.add(Button.callback(request.text("material.item.whole"), ButtonHandler.data(prefix, "m", "x")));
        return Keyboard.column(buttons);
    }

    private static void add(DialogState state, String id, String name, String mime, Integer position) {
        int n = count(state);
        state.put(ITEM + n + ".id", id).put(ITEM + n + ".name", name).put(ITEM + n + ".mime", mime)
                .put(ITEM + n + ".item", position == null ? "" : String.valueOf(position))
                .put(COUNT, String.valueOf(n + 1));
    }

    private static int count(DialogState state) {
        String count = state.get(COUNT);
        return count == null ? 0 : Integer.parseInt(count);
    }

    private static String name(IncomingFile file) {
        String name = file.displayName();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
