package ru.mumo.shared;

import java.time.LocalDate;
import java.time.Month;

/** The academic year that starts on 1 September of {@code startYear} and ends before the next 1 September. */
public record AcademicYear(int startYear) {

    public static AcademicYear of(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /**
     * The year a work plan is being written for: from June the coming one (the plan is due by 10 September,
     * S 3.1), before June the running one.
     */
    public static AcademicYear planningFor(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= Month.JUNE.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** The first day after the year. */
    public LocalDate end() {
        return start().plusYears(1);
    }

    /** "2026/2027". */
    public String label() {
        return startYear + "/" + (startYear + 1);
    }
}
