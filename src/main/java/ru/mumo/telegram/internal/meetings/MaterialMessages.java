package ru.mumo.telegram.internal.meetings;

import java.util.List;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.MaterialService;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingMaterial;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;
import ru.mumo.telegram.internal.ButtonHandler;
import ru.mumo.telegram.internal.outbox.Button;
import ru.mumo.telegram.internal.outbox.Outbox;

/**
 * A meeting's materials as members get them: each file sent on by Telegram's file_id, captioned with the agenda
 * item it belongs to, and the "📎 Материалы" button that sends them again to whoever presses it.
 */
@Component
public class MaterialMessages {

    private final MaterialService materials;
    private final MeetingTexts texts;
    private final Messages messages;
    private final Outbox outbox;

    MaterialMessages(MaterialService materials, MeetingTexts texts, Messages messages, Outbox outbox) {
        this.materials = materials;
        this.texts = texts;
        this.messages = messages;
        this.outbox = outbox;
    }

    /** Sends the meeting's materials to the chat; returns how many. */
    public int send(long chatId, Language language, Meeting meeting) {
        List<MeetingMaterial> attached = materials.materials(meeting.getId());
        for (MeetingMaterial material : attached) {
            outbox.storedDocument(chatId, material.getFileRef(), caption(language, meeting, material), null);
        }
        return attached.size();
    }

    /** "📎 Материалы (3)" under an announcement or reminder, or {@code null} while the meeting has none. */
    Button button(Language language, Meeting meeting) {
        List<MeetingMaterial> attached = materials.materials(meeting.getId());
        return attached.isEmpty() ? null : Button.callback(
                messages.text(language, "material.button", "count", attached.size()),
                ButtonHandler.data(MaterialButtons.PREFIX, meeting.getId()));
    }

    /** "📎 Заседание от 25.12.2026, к вопросу 2 «О плане работы»". */
    String caption(Language language, Meeting meeting, MeetingMaterial material) {
        Integer position = material.getAgendaPosition();
        String caption = messages.text(language, "material.caption", "meeting", texts.name(language, meeting),
                "item", position == null ? 0 : position + 1,
                "title", position == null ? "" : meeting.getAgenda().get(position));
        return caption.length() <= 1000 ? caption : caption.substring(0, 999) + "…";
    }
}
