package ru.mumo.deadlines;

/**
 * What is already done towards a deadline, as the bot can see it, for the nudge to say.
 *
 * @param heldInAcademicYear meetings held in the academic year of the due date
 * @param meetingsNeeded the meetings the regulation's rule asks for in its period (S 3.2: four a year; T 2.4: one a
 *        quarter); 0 for other kinds
 * @param heldInQuarter meetings held in the due date's quarter
 * @param scheduledInQuarter meetings scheduled and still ahead in that quarter
 * @param heldInPeriod meetings held in the period a report covers
 * @param planItems items in the work plan of the due date's academic year
 * @param planSubmitted whether that plan was submitted
 * @param term the renewal over the term, for the term's end; {@code null} for other kinds
 */
public record Progress(int heldInAcademicYear, int meetingsNeeded, int heldInQuarter, int scheduledInQuarter,
        int heldInPeriod, int planItems, boolean planSubmitted, TermReview term) {

    /**
     * Whether the bot can see for itself that a deadline of this kind is met: a submitted plan, the quarter's
     * meetings held, the year's meetings held. The rest need a press of Done (or, for a protocol, its approval).
     */
    public boolean meets(DeadlineKind kind) {
        return switch (kind) {
            case WORK_PLAN -> planSubmitted;
            case QUARTER_MEETING -> heldInQuarter >= Math.max(1, meetingsNeeded);
            case YEAR_MEETINGS -> heldInAcademicYear >= meetingsNeeded;
            default -> false;
        };
    }
}
