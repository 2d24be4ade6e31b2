package ru.mumo.databank;

/**
 * An answer the data bank does not accept; nothing was stored. {@link #reason()} names the problem so the
 * adapter can explain it, {@link #min()} and {@link #max()} give the bounds where they matter.
 */
public class InvalidProfileValue extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_SHORT, TOO_LONG, NOT_A_NAME, NOT_A_NUMBER, OUT_OF_RANGE, TEACHING_ABOVE_TOTAL,
        TOTAL_BELOW_TEACHING, NOT_A_DATE, DATE_IN_FUTURE, AGE_OUT_OF_RANGE, CHOOSE_A_BUTTON
    }

    private final Reason reason;
    private final int min;
    private final int max;

    public InvalidProfileValue(Reason reason, int min, int max) {
        super(reason.name());
        this.reason = reason;
        this.min = min;
        this.max = max;
    }

    public InvalidProfileValue(Reason reason) {
        this(reason, 0, 0);
    }

    public Reason reason() {
        return reason;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
