package ru.mumo.emulator.internal;

/**
 * An error answer of the Bot API: {@code {"ok":false,"error_code":..,"description":..}}.
 * Carries whether it was injected by a test, so injected faults are not reported as bot mistakes.
 */
public final class ApiException extends Exception {

    private final int code;
    private final Integer retryAfter;
    private final boolean injected;

    public ApiException(int code, String description, Integer retryAfter, boolean injected) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
        this.injected = injected;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad Request: " + detail, null, false);
    }

    public static ApiException tooManyRequests(int retryAfter, boolean injected) {
        return new ApiException(429, "Too Many Requests: retry after " + retryAfter, retryAfter, injected);
    }

    public int code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    public Integer retryAfter() {
        return retryAfter;
    }

    public boolean injected() {
        return injected;
    }
}
