package ru.mumo.documents;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.documents.internal.plan.WorkPlanItems;
import ru.mumo.documents.internal.plan.WorkPlanSubmissions;
import ru.mumo.meetings.EventClosed;
import ru.mumo.meetings.Meeting;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.shared.AcademicYear;

/**
 * The work plan of an academic year (S Appendix 1): officers add, change and remove items; the chair submits it,
 * which meets the plan deadline and sends it to the department. Each call answers whether it was allowed, and changes nothing when it was not.
 */
@Service
@Transactional
public class WorkPlanService {

    private final WorkPlanItems items;
    private final WorkPlanSubmissions submissions;
    private final MembershipService membership;
    private final MeetingService meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkPlanService(WorkPlanItems items, WorkPlanSubmissions submissions, MembershipService membership,
            MeetingService meetings, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.submissions = submissions;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkPlanItem> items(long associationId, AcademicYear year) {
        return items.findPlan(associationId, year.startYear());
    }

    public Optional<WorkPlanItem> add(Membership officer, AcademicYear year, int section, String event, String period,
            String result) {
        if (!isOfficer(officer) || section < WorkPlanItem.ORGANISATIONAL_ANALYTICAL
                || section > WorkPlanItem.ORGANISATIONAL_METHODOLOGICAL || !fits(event, WorkPlanItem.MAX_EVENT)
                || !fits(period, WorkPlanItem.MAX_PERIOD) || !fits(result, WorkPlanItem.MAX_RESULT)) {
            return Optional.empty();
        }
        return Optional.of(items.save(new WorkPlanItem(officer.getAssociation().getId(), year.startYear(), section,
                event.strip(), period.strip(), result.strip(), clock.instant())));
    }

    public boolean change(Membership officer, long itemId, WorkPlanItem.Field field, String value) {
        Optional<WorkPlanItem> item = own(officer, itemId);
        if (item.isEmpty() || !fits(value, WorkPlanItem.maxLength(field))) {
            return false;
        }
        item.get().change(field, value.strip());
        return true;
    }

    public boolean remove(Membership officer, long itemId) {
        Optional<WorkPlanItem> item = own(officer, itemId);
        item.ifPresent(items::delete);
        return item.isPresent();
    }

    /** The year's items that no event carries out yet and that are not done: those an event may be linked to. */
    @Transactional(readOnly = true)
    public List<WorkPlanItem> linkable(long associationId, AcademicYear year) {
        return items(associationId, year).stream().filter(i -> i.getEventId() == null && i.getDoneOn() == null)
                .toList();
    }

    /** The event scheduled for the item carries it out: holding the event marks the item done. */
    public boolean link(Membership officer, long itemId, Meeting event) {
        Optional<WorkPlanItem> item = own(officer, itemId)
                .filter(i -> !event.isMeeting() && event.getAssociationId() == i.getAssociationId());
        item.ifPresent(i -> i.link(event.getId()));
        return item.isPresent();
    }

    /** An event was held: the items it carries out are done, on the event's date. */
    @EventListener
    void on(EventClosed closed) {
        meetings.meeting(closed.meetingId()).ifPresent(event ->
                items.findByEvent(event.getId()).forEach(i -> i.markDone(event.localDate())));
    }

    @Transactional(readOnly = true)
    public Optional<WorkPlanItem> item(Membership officer, long itemId) {
        return own(officer, itemId);
    }

    /**
     * The chair (or the deputy standing in) hands in the plan; a plan with no items cannot be submitted. Submitting
     * again (a corrected plan) is allowed and sends the document again, but the deadline is met only once.
     */
    public boolean submit(Membership chair, AcademicYear year) {
        long associationId = chair.getAssociation().getId();
        if (!membership.actsAsChair(chair) || items(associationId, year).isEmpty()) {
            return false;
        }
        boolean first = submissions.find(associationId, year.startYear()).isEmpty();
        if (first) {
            submissions.save(new WorkPlanSubmission(associationId, year.startYear(), clock.instant(), chair.getId()));
        }
        events.publishEvent(new WorkPlanSubmitted(associationId, year.startYear(), chair.getId(), first));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<WorkPlanSubmission> submission(long associationId, AcademicYear year) {
        return submissions.find(associationId, year.startYear());
    }

    private Optional<WorkPlanItem> own(Membership officer, long itemId) {
        if (!isOfficer(officer)) {
            return Optional.empty();
        }
        return items.findById(itemId).filter(i -> i.getAssociationId() == officer.getAssociation().getId());
    }

    private static boolean isOfficer(Membership membership) {
        return membership != null && membership.isLive() && membership.getRole().isOfficer();
    }

    private static boolean fits(String value, int max) {
        return value != null && !value.isBlank() && value.strip().length() <= max;
    }
}
