package ru.mumo.telegram.internal.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import org.springframework.stereotype.Component;

import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingFormat;

/**
 * The meeting as an iCalendar file, so a phone's calendar can hold it. Times are written in UTC, which every
 * calendar converts to the phone's zone, and the UID stays the same when the meeting moves, so importing the
 * new file updates the old entry instead of adding another.
 */
@Component
class IcsCalendar {

    /** How long a meeting is assumed to last in the calendar; the regulation names no length. */
    private static final Duration LENGTH = Duration.ofHours(2);

    byte[] of(Meeting meeting, String title, String description) {
        VEvent event = new VEvent(meeting.getStartsAt(), meeting.getStartsAt().plus(LENGTH), title);
        event.add(new Uid("meeting-" + meeting.getId() + "@mumo-bot"));
        event.add(new Description(description));
        event.add(new Location(meeting.getLocation()));
        if (meeting.getFormat() == MeetingFormat.ONLINE) {
            event.add(new Url(URI.create(meeting.getLocation())));
        }
        Calendar calendar = new Calendar().withProdId("-//MUMO bot//Meetings//RU")
                .withDefaults()
                .withComponent(event)
                .getFluentTarget();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String fileName(Meeting meeting) {
        return "meeting-" + meeting.localDate() + ".ics";
    }
}
