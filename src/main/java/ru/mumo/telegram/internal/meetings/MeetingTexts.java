package ru.mumo.telegram.internal.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;
import ru.mumo.meetings.Quorum;
import ru.mumo.meetings.RsvpAnswer;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * How a meeting or event, an answer and a quorum read in a message, in one language. An event (a seminar, a master
 * class...) reads with keys of its own where a meeting's wording would be wrong ({@link #key}).
 */
@Component
public class MeetingTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Messages messages;

    MeetingTexts(Messages messages) {
        this.messages = messages;
    }

    static String when(Meeting meeting) {
        return when(meeting.getStartsAt(), meeting.getTimeZone());
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /**
     * The key of a text about this meeting, or the event's own version of it: {@code meeting.reminder} becomes
     * {@code event.reminder}, {@code checkin.notice} becomes {@code event.checkin.notice}. Both take the same
     * arguments.
     */
    public static String key(Meeting meeting, String key) {
        return meeting.isMeeting() ? key : "event." + (key.startsWith("meeting.") ? key.substring(8) : key);
    }

    /**
     * How a meeting is referred to: "№ 3" once closed and numbered, "от 25.12.2026" until then (the protocol's
     * number is given at close); an event by its kind, topic and date: "семинар «…», 25.12.2026".
     */
    public String label(Language language, Meeting meeting) {
        if (!meeting.isMeeting()) {
            return messages.text(language, "event.label", "kind", meeting.getKind().name(),
                    "title", meeting.getTitle(), "date", DATE.format(meeting.localDate()));
        }
        return messages.text(language, "meeting.label", "numbered", meeting.getNumber() == null ? "no" : "yes",
                "number", meeting.getNumber() == null ? 0 : meeting.getNumber(),
                "date", DATE.format(meeting.localDate()));
    }

    /** "заседание от 25.12.2026", "заседание № 3", or an event's label: what a material or a notice is about. */
    public String name(Language language, Meeting meeting) {
        return meeting.isMeeting() ? messages.text(language, "meeting.name", "meeting", label(language, meeting))
                : label(language, meeting);
    }

    /** Date and time, place or link, and the agenda; for an event its kind, topic and level instead of an agenda. */
    String details(Language language, Meeting meeting) {
        if (!meeting.isMeeting()) {
            return messages.text(language, "event.details", "kind", meeting.getKind().name(),
                    "title", meeting.getTitle(), "when", when(meeting),
                    "level", meeting.getLevel().name()) + '\n' + place(language, meeting.getFormat(), meeting.getLocation());
        }
        StringBuilder text = new StringBuilder(messages.text(language, "meeting.title", "when", when(meeting)));
        text.append('\n').append(place(language, meeting.getFormat(), meeting.getLocation()));
        text.append("\n\n").append(messages.text(language, "meeting.agenda.header"));
        int n = 1;
        for (String item : meeting.getAgenda()) {
            text.append('\n').append(n++).append(". ").append(item);
        }
        return text.toString();
    }

    /** An event has no quorum: how many of its people are (or were) there. */
    String eventPresence(Language language, int present) {
        return messages.text(language, "event.present.line", "present", present);
    }

    String place(Language language, MeetingFormat format, String location) {
        return format == MeetingFormat.ONLINE
                ? messages.text(language, "meeting.link", "link", location)
                : messages.text(language, "meeting.place", "place", location);
    }

    String answer(Language language, RsvpAnswer answer) {
        return messages.text(language, "meeting.answer." + (answer == null ? "NONE" : answer.name()));
    }

    /** "6 of 10 present, quorum needs 6: quorate". */
    String quorum(Language language, Quorum quorum) {
        return messages.text(language, "quorum.line", "present", quorum.present(), "members", quorum.members(),
                "needed", quorum.needed(), "quorate", quorum.quorate() ? "yes" : "no");
    }

    /** How long before the start a reminder goes, as the reminder settings show it. */
    String ahead(Language language, Duration offset) {
        return offset.toMinutes() % 60 == 0
                ? messages.text(language, "reminders.ahead.hours", "hours", offset.toHours())
                : messages.text(language, "reminders.ahead.minutes", "minutes", offset.toMinutes());
    }

    String before(Language language, Duration offset) {
        return offset.toMinutes() % 60 == 0
                ? messages.text(language, "meeting.reminder.hours", "hours", offset.toHours())
                : messages.text(language, "meeting.reminder.minutes", "minutes", offset.toMinutes());
    }
}
