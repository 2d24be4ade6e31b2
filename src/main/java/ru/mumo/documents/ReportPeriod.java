package ru.mumo.documents;

import java.time.LocalDate;

import ru.mumo.shared.AcademicYear;

/**
 * The period an annual report covers: a calendar year (T 3.8, to the regional association) or an academic year
 * (S 3.4, to the education department). {@code to} is the first day after it.
 */
public record ReportPeriod(LocalDate from, LocalDate to, boolean academic) {

    public static ReportPeriod calendarYear(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), false);
    }

    public static ReportPeriod academicYear(AcademicYear year) {
        return new ReportPeriod(year.start(), year.end(), true);
    }

    /** "2026" or "2025/2026". */
    public String label() {
        return academic ? new AcademicYear(from.getYear()).label() : String.valueOf(from.getYear());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }
}
