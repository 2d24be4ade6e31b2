package ru.mumo.telegram.internal.announcements;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.membership.Membership;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.IncomingFile;
import ru.mumo.telegram.internal.Request;
import ru.mumo.telegram.internal.dialog.Dialog;
import ru.mumo.telegram.internal.dialog.DialogState;
import ru.mumo.telegram.internal.dialog.Dialogs;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Keyboard;

/**
 * {@code /announce}: the text, then files sent or forwarded one by one ({@code /done} when there are none or no
 * more), then whether the invited persons get it too (asked only when the association has any), then a preview
 * with Send / Cancel. Nothing is sent before Send; the answers live in the dialog state, so a restart continues.
 */
@Component
class AnnounceDialog implements Dialog {

    static final String NAME = "announce";
    static final String TEXT = "text";
    static final String FILES = "files";
    static final String AUDIENCE = "audience";
    static final String CONFIRM = "confirm";
    private static final String GUESTS = "guests";
    private static final String COUNT = "count";
    private static final String FILE = "file.";

    static final int MAX_TEXT = 3000;
    static final int MAX_FILES = 10;
    private static final int MAX_NAME = 120;

    private final Dialogs dialogs;
    private final AnnouncementBroadcast broadcast;

    AnnounceDialog(Dialogs dialogs, AnnouncementBroadcast broadcast) {
        this.dialogs = dialogs;
        this.broadcast = broadcast;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cancelledKey() {
        return "announce.cancelled";
    }

    void begin(Request request) {
        repeatQuestion(request, dialogs.start(request.chatId(), NAME, TEXT));
    }

    @Override
    public void onText(Request request, DialogState state) {
        if (!TEXT.equals(state.step())) {
            request.reply(FILES.equals(state.step()) ? "announce.files.or.done" : "meeting.new.press.button");
            repeatQuestion(request, state);
            return;
        }
        String text = request.argument();
        if (text.length() > MAX_TEXT) {
            request.reply("announce.text.too.long", "max", MAX_TEXT, "length", text.length());
            return;
        }
        state.put(TEXT, text);
        dialogs.advance(state, FILES);
        repeatQuestion(request, state);
    }

    @Override
    public void onDocument(Request request, DialogState state) {
        if (!FILES.equals(state.step())) {
            request.reply(TEXT.equals(state.step()) ? "announce.text.first" : "announce.files.closed");
            repeatQuestion(request, state);
            return;
        }
        int count = count(state);
        if (count >= MAX_FILES) {
            request.reply("announce.files.full", "max", MAX_FILES);
            return;
        }
        IncomingFile file = request.file();
        String name = file.displayName().length() <= MAX_NAME ? file.displayName()
                : file.displayName().substring(0, MAX_NAME - 1) + "…";
        state.put(FILE + count + ".id", file.fileId()).put(FILE + count + ".name", name)
                .put(COUNT, String.valueOf(count + 1));
        dialogs.advance(state, FILES);
        request.reply("announce.file.added", "name", name, "count", count + 1);
    }

    /** {@code /done}: no more files; whether the guests get it too, or straight to the preview. */
    @Override
    public void done(Request request, DialogState state) {
        if (!FILES.equals(state.step())) {
            Dialog.super.done(request, state);
            return;
        }
        boolean anyGuests = broadcast.audience(sender(request), true).size()
                > broadcast.audience(sender(request), false).size();
        if (anyGuests) {
            dialogs.advance(state, AUDIENCE);
        } else {
            state.put(GUESTS, "no");
            dialogs.advance(state, CONFIRM);
        }
        repeatQuestion(request, state);
    }

    @Override
    public void repeatQuestion(Request request, DialogState state) {
        switch (state.step()) {
            case TEXT -> request.reply("announce.ask.text", "max", MAX_TEXT);
            case FILES -> request.reply("announce.ask.files", "max", MAX_FILES);
            case AUDIENCE -> request.send(request.text("announce.ask.audience"), Keyboard.column(List.of(
                    button(request.text("announce.audience.members",
                            "count", broadcast.audience(sender(request), false).size()), "m"),
                    button(request.text("announce.audience.everyone",
                            "count", broadcast.audience(sender(request), true).size()), "g"))));
            default -> preview(request, state);
        }
    }

    void chooseAudience(Request request, DialogState state, boolean withGuests) {
        state.put(GUESTS, withGuests ? "yes" : "no");
        dialogs.advance(state, CONFIRM);
        preview(request, state);
    }

    /** Sends it and ends the dialog; returns how many it is for. */
    int send(Request request, DialogState state) {
        int count = broadcast.send(sender(request), request.chatId(), state.get(TEXT), files(state),
                "yes".equals(state.get(GUESTS)));
        dialogs.end(state);
        return count;
    }

    private void preview(Request request, DialogState state) {
        boolean withGuests = "yes".equals(state.get(GUESTS));
        Membership sender = sender(request);
        StringBuilder text = new StringBuilder(request.text("announce.preview",
                "count", broadcast.audience(sender, withGuests).size(), "guests", withGuests ? "yes" : "no"));
        text.append("\n\n").append(broadcast.message(request.language(), sender, state.get(TEXT)));
        List<AnnouncementBroadcast.File> files = files(state);
        if (!files.isEmpty()) {
            text.append("\n\n").append(request.text("announce.preview.files", "count", files.size()));
            files.forEach(f -> text.append("\n📎 ").append(f.name()));
        }
        request.send(text.toString(), Keyboard.of(button(request.text("announce.button.send"), "ok"),
                button(request.text("meeting.button.cancel"), "x")));
    }

    private static List<AnnouncementBroadcast.File> files(DialogState state) {
        List<AnnouncementBroadcast.File> files = new ArrayList<>();
        for (int i = 0; i < count(state); i++) {
            files.add(new AnnouncementBroadcast.File(state.get(FILE + i + ".id"), state.get(FILE + i + ".name")));
        }
        return files;
    }

    private static int count(DialogState state) {
        return state.get(COUNT) == null ? 0 : Integer.parseInt(state.get(COUNT));
    }

    private static Membership sender(Request request) {
        return request.caller().membership();
    }

    private static Button button(String text, String data) {
        return Button.callback(text, ButtonHandler.data(AnnounceButtons.PREFIX, data));
    }
}
