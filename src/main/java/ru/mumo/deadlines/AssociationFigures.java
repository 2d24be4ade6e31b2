package ru.mumo.deadlines;

import java.util.List;

import ru.mumo.documents.ReportPeriod;
import ru.mumo.membership.Association;
import ru.mumo.membership.Regulation;

/**
 * How one association is doing, for the department's overview.
 *
 * @param chair the chair's name, or {@code null} while the seat is empty
 * @param members members now, guests not counted
 * @param heldInQuarter meetings held (closed with quorum) this calendar quarter
 * @param heldInYear meetings held this academic year
 * @param meetingsNeeded what the regulation's meeting rule asks for in its period (a quarter or a year)
 * @param perQuarter whether that rule counts by quarter (T 2.4) rather than by academic year (S 3.2)
 * @param planSubmitted whether the plan of the academic year being planned was submitted; {@code null} where the
 *        regulation asks for no plan
 * @param reports the reports the regulation asks for with the last period marked done, or {@code null} for none yet
 * @param overdue the deadlines whose date passed unmet
 */
public record AssociationFigures(Association association, Regulation regulation, String chair, int members,
        int heldInQuarter, int heldInYear, int meetingsNeeded, boolean perQuarter, Boolean planSubmitted,
        List<Report> reports, List<Deadline> overdue) {

    /** A report the regulation asks for, and the last period it was marked done for. */
    public record Report(DeadlineKind kind, ReportPeriod lastDone) {
    }
}
