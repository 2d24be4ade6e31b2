package ru.mumo.telegram.internal.meetings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.ReminderService;
import ru.mumo.telegram.internal.Access;
import ru.mumo.telegram.internal.Command;
import ru.mumo.telegram.internal.Request;

/**
 * {@code /meeting_reminders}: shows when members are reminded of meetings; {@code /meeting_reminders 24h 1h}
 * changes it for the association, upcoming meetings included.
 */
@Component
class MeetingRemindersCommand implements Command {

    private final ReminderService reminders;
    private final MeetingTexts texts;
    private final OffsetParser parser;

    MeetingRemindersCommand(ReminderService reminders, MeetingTexts texts, OffsetParser parser) {
        this.reminders = reminders;
        this.texts = texts;
        this.parser = parser;
    }

    @Override
    public String name() {
        return "meeting_reminders";
    }

    @Override
    public Access access() {
        return Access.OFFICER;
    }

    @Override
    public void execute(Request request) {
        var officer = request.caller().membership();
        if (request.argument().isEmpty()) {
            request.reply("reminders.current", "offsets", list(request, reminders.offsets(officer.getAssociation().getId())));
            return;
        }
        Optional<List<Duration>> offsets = parser.parse(request.argument());
        if (offsets.isEmpty()) {
            request.reply("reminders.usage");
            return;
        }
        request.reply("reminders.changed", "offsets", list(request, reminders.changeOffsets(officer, offsets.get())));
    }

    private String list(Request request, List<Duration> offsets) {
        return offsets.stream().map(d -> texts.ahead(request.language(), d)).collect(Collectors.joining(", "));
    }
}
