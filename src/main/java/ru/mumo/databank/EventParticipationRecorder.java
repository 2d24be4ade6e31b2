package ru.mumo.databank;

import java.time.format.DateTimeFormatter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.databank.internal.EventParticipations;
import ru.mumo.meetings.AttendanceService;
import ru.mumo.meetings.EventClosed;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.meetings.Participant;
import ru.mumo.membership.AssociationService;
import ru.mumo.shared.Language;
import ru.mumo.shared.Messages;

/**
 * When an event's attendance list is closed, everyone marked present (members and guests, who keep data bank
 * entries too) gets the event in their entry, at its level, once.
 */
@Component
@Transactional
class EventParticipationRecorder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final EventParticipations participations;
    private final MeetingService meetings;
    private final AttendanceService attendance;
    private final AssociationService associations;
    private final Messages messages;

    EventParticipationRecorder(EventParticipations participations, MeetingService meetings,
            AttendanceService attendance, AssociationService associations, Messages messages) {
        this.participations = participations;
        this.meetings = meetings;
        this.attendance = attendance;
        this.associations = associations;
        this.messages = messages;
    }

    @EventListener
    void on(EventClosed closed) {
        Meeting event = meetings.meeting(closed.meetingId()).orElseThrow();
        String association = associations.association(event.getAssociationId()).map(a -> a.getName()).orElse("");
        String description = messages.text(Language.RU, "databank.event", "kind", event.getKind().name(),
                "title", event.getTitle(), "date", DATE.format(event.localDate()), "association", association);
        for (Participant p : attendance.record(event.getId())) {
            if (p.isPresent() && !participations.exists(p.getPersonId(), event.getId())) {
                participations.save(new EventParticipation(p.getPersonId(), event.getId(), event.getLevel(),
                        event.localDate(), description));
            }
        }
    }
}
