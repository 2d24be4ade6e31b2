package ru.mumo.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * The renewal of the composition over a term (T 2.7, T 2.8), from the membership history: who were members at its
 * start, who joined and who left since, and the share of members now who were not members at its start.
 *
 * @param start the first day of the term
 * @param atStart members at its start (for an association's first term, once its founding month is over)
 * @param joined the names of members now who were not members at the start
 * @param left the names of members at the start who are members no longer
 * @param membersNow members now, guests not counted
 * @param enough whether the renewed share meets the regulation's (a third)
 */
public record TermReview(LocalDate start, int atStart, List<String> joined, List<String> left, int membersNow,
        boolean enough) {

    /** Members now who were not members at the start. */
    public int renewed() {
        return joined.size();
    }

    /** The renewed share in per cent, rounded down. */
    public int percent() {
        return membersNow == 0 ? 0 : renewed() * 100 / membersNow;
    }
}
