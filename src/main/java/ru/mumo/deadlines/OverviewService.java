package ru.mumo.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mumo.documents.WorkPlanService;
import ru.mumo.meetings.MeetingService;
import ru.mumo.membership.Association;
import ru.mumo.membership.AssociationService;
import ru.mumo.membership.Membership;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Regulation;
import ru.mumo.membership.Role;
import ru.mumo.shared.AcademicYear;

/**
 * The department's view of every association: members, meetings held this quarter and academic year (closed with
 * quorum, as the meeting record says), the plan, the reports marked done, and what is overdue.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final AssociationService associations;
    private final MembershipService membership;
    private final MeetingService meetings;
    private final WorkPlanService plans;
    private final DeadlineService deadlines;
    private final Calendars calendars;
    private final Clock clock;

    OverviewService(AssociationService associations, MembershipService membership, MeetingService meetings,
            WorkPlanService plans, DeadlineService deadlines, Calendars calendars, Clock clock) {
        this.associations = associations;
        this.membership = membership;
        this.meetings = meetings;
        this.plans = plans;
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Every association, by name. */
    public List<AssociationFigures> figures() {
        return associations.all().stream().map(this::figures).toList();
    }

    AssociationFigures figures(Association association) {
        long id = association.getId();
        Regulation regulation = associations.regulationOf(association);
        LocalDate today = LocalDate.now(clock.withZone(association.getTimeZone()));
        List<Membership> members = membership.members(id);
        String chair = members.stream().filter(m -> m.getRole() == Role.CHAIR).map(m -> m.getPerson().getFullName())
                .findFirst().orElse(null);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        List<CalendarRule> rules = calendars.of(id);
        CalendarRule meetingRule = rules.stream().filter(r -> r.kind() == DeadlineKind.QUARTER_MEETING
                || r.kind() == DeadlineKind.YEAR_MEETINGS).findFirst().orElse(null);
        Boolean planSubmitted = rules.stream().anyMatch(r -> r.kind() == DeadlineKind.WORK_PLAN)
                ? plans.submission(id, AcademicYear.planningFor(today)).isPresent() : null;
        List<AssociationFigures.Report> reports = new ArrayList<>();
        for (Deadline d : deadlines.calendar(id)) {
            if (d.getKind().report()) {
                reports.add(new AssociationFigures.Report(d.getKind(), d.getLastDoneFor() == null ? null
                        : DeadlineService.reportPeriod(d.getKind(), d.getLastDoneFor()).orElse(null)));
            }
        }
        return new AssociationFigures(association, regulation, chair,
                (int) members.stream().filter(m -> m.getRole().countsAsMember()).count(),
                meetings.heldInQuarter(id, today.getYear(), quarter),
                meetings.heldInAcademicYear(id, AcademicYear.of(today).startYear()),
                meetingRule == null ? 0 : meetingRule.count(),
                meetingRule != null && meetingRule.kind() == DeadlineKind.QUARTER_MEETING, planSubmitted, reports,
                deadlines.overdue(id));
    }
}
