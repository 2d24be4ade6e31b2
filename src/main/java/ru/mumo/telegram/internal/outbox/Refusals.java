package ru.mumo.telegram.internal.outbox;

import java.time.Duration;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;

/**
 * What to do with an outbox row whose call failed. Only what may pass is retried (the network, Telegram's
 * server errors); anything Telegram refused for good fails at once, so a chat's later messages never wait
 * behind a row that cannot succeed. Edits and button answers get only a few quick tries: late, they are worthless.
 */
final class Refusals {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private Refusals() {
    }

    sealed interface Verdict {
    }

    /** Telegram did it before (an edit "not modified", a press already answered): nothing is left to do. */
    record AlreadyDone() implements Verdict {
    }

    record Retry(String error, Duration delay) implements Verdict {
    }

    record Fail(String error) implements Verdict {
    }

    /** The person blocked the bot. */
    record Unreachable(String error) implements Verdict {
    }

    /** 429: every call waits {@code retryAfter}; the row keeps its place. */
    record SlowDown(Duration retryAfter) implements Verdict {
    }

    /** 401: the token was revoked or is wrong; nothing can be sent until it works again. */
    record Unauthorized() implements Verdict {
    }

    static Verdict of(Kind kind, Long chatId, int attempts, Exception failure) {
        if (!(failure instanceof TelegramApiException)) {
            return new Fail(failure.toString());
        }
        if (!(failure instanceof TelegramApiRequestException refusal)) {
            // No answer at all: the connection failed or timed out.
            return transientFailure(kind, attempts, String.valueOf(failure.getMessage()));
        }
        Integer code = refusal.getErrorCode();
        String description = refusal.getApiResponse() != null ? refusal.getApiResponse() : refusal.getMessage();
        if (code == null || code == 0) {
            // An answer Telegram never gives, or an edit of a message that was never sent: it cannot improve.
            return new Fail(description);
        }
        if (code == 429) {
            Integer seconds = refusal.getParameters() == null ? null : refusal.getParameters().getRetryAfter();
            return new SlowDown(Duration.ofSeconds(seconds == null ? 1 : seconds));
        }
        if (code == 401) {
            return new Unauthorized();
        }
        if (code == 403 && chatId != null) {
            return new Unreachable(description);
        }
        if (code == 400 && description != null && (description.contains("message is not modified")
                || kind == Kind.ANSWER && description.contains("query is too old"))) {
            // Sent before a crash but not marked sent, then sent again.
            return new AlreadyDone();
        }
        if (code >= 500) {
            return transientFailure(kind, attempts, code + " " + description);
        }
        return new Fail(code + " " + description);
    }

    private static Verdict transientFailure(Kind kind, int attempts, String error) {
        if (attempts + 1 >= maxAttempts(kind)) {
            return new Fail(error);
        }
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(20, attempts));
        return new Retry(error, Duration.ofSeconds(seconds));
    }

    /** A message or file is worth trying for about two hours; an edit for seconds; a button's answer once more. */
    static int maxAttempts(Kind kind) {
        return switch (kind) {
            case ANSWER -> 2;
            case EDIT -> 4;
            case MESSAGE, DOCUMENT, MENU -> 30;
        };
    }
}
