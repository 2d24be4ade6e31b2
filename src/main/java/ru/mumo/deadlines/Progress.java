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

    /** Whether at least a third of the members are new (T 2.8). */
    public boolean renewedByAThird() {
        return members > 0 && joinedWithinYear * 3 >= members;
    }

    /** Per cent of members who joined within the year, rounded down. */
    public int renewedPercent() {
        return members == 0 ? 0 : joinedWithinYear * 100 / members;
    }
}
