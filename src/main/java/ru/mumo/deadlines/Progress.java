package ru.mumo.deadlines;

/**
 * What is already done towards a deadline, as the bot can see it, for the nudge to say.
 *
 * @param heldInAcademicYear meetings held in the academic year of the due date
 * @param meetingsPerYear the four S 3.2 asks for
 * @param heldInQuarter meetings held in the due date's quarter
 * @param scheduledInQuarter meetings scheduled and still ahead in that quarter
 * @param planItems items in the work plan of the due date's academic year
 * @param planSubmitted whether that plan was submitted
 * @param members current members (guests not counted)
 * @param joinedWithinYear of them, those who joined within the last year (T 2.8 asks for a third)
 */
public record Progress(int heldInAcademicYear, int meetingsPerYear, int heldInQuarter, int scheduledInQuarter,
        int planItems, boolean planSubmitted, int members, int joinedWithinYear) {

    public static final int MEETINGS_PER_YEAR = 4;

    /**
     * Whether the bot can see for itself that a deadline of this kind is met: a submitted plan, a quarter's
     * meeting held, four meetings held in the academic year. The rest need a press of Done (or, for a protocol,
     * its fetching).
     */
    public boolean meets(DeadlineKind kind) {
        return switch (kind) {
            case WORK_PLAN -> planSubmitted;
            case QUARTER_MEETING -> heldInQuarter > 0;
            case YEAR_MEETINGS -> heldInAcademicYear >= meetingsPerYear;
            default -> false;
        };
    }

    /** Whether at least a third of the members are new (T 2.8). */
    public boolean renewedByAThird() {
        return members > 0 && joinedWithinYear * 3 >= members;
    }

    /** Per cent of members who joined within the year, rounded down. */
    public int renewedPercent() {
        return members == 0 ? 0 : joinedWithinYear * 100 / members;
    }
}
