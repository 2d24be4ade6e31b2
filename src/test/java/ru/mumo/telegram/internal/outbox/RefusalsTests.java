package ru.mumo.telegram.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;
import ru.mumo.telegram.internal.outbox.Refusals.AlreadyDone;
import ru.mumo.telegram.internal.outbox.Refusals.Fail;
import ru.mumo.telegram.internal.outbox.Refusals.Retry;
import ru.mumo.telegram.internal.outbox.Refusals.SlowDown;
import ru.mumo.telegram.internal.outbox.Refusals.Unauthorized;
import ru.mumo.telegram.internal.outbox.Refusals.Unreachable;

/** Which failures are retried, and which fail at once so a chat's later messages are not held up. */
class RefusalsTests {

    private static final TelegramApiException NETWORK = new TelegramApiException("Unable to execute sendmessage",
            new IOException("Connection reset"));

    @Test
    void aMessageIsRetriedThroughNetworkAndServerErrorsWithGrowingPauses() {
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 0, NETWORK)).isEqualTo(new Retry(NETWORK.getMessage(), Duration.ofSeconds(1)));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 3, refusal(502, "Bad Gateway", null)))
                .isEqualTo(new Retry("502 Bad Gateway", Duration.ofSeconds(8)));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 12, NETWORK)).isEqualTo(new Retry(NETWORK.getMessage(), Duration.ofMinutes(5)));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 29, NETWORK)).isInstanceOf(Fail.class);
    }

    @Test
    void anEditOrAnAnswerGetsOnlyAFewQuickTries() {
        assertThat(Refusals.of(Kind.EDIT, 7L, 2, NETWORK)).isInstanceOf(Retry.class);
        assertThat(Refusals.of(Kind.EDIT, 7L, 3, NETWORK)).isInstanceOf(Fail.class);
        assertThat(Refusals.of(Kind.ANSWER, null, 0, NETWORK)).isInstanceOf(Retry.class);
        assertThat(Refusals.of(Kind.ANSWER, null, 1, NETWORK)).isInstanceOf(Fail.class);
    }

    @Test
    void aRefusalWithoutAnErrorCodeOrABugFailsAtOnce() {
        assertThat(Refusals.of(Kind.EDIT, 7L, 0, new TelegramApiRequestException("Bad Request: nothing sent under x")))
                .isEqualTo(new Fail("Bad Request: nothing sent under x"));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 0, new IllegalStateException("Unreadable outbox payload 3")))
                .isInstanceOf(Fail.class);
        assertThat(Refusals.of(Kind.EDIT, 7L, 0, refusal(400, "Bad Request: message to edit not found", null)))
                .isEqualTo(new Fail("400 Bad Request: message to edit not found"));
    }

    @Test
    void whatTelegramDidBeforeIsDone() {
        assertThat(Refusals.of(Kind.EDIT, 7L, 0, refusal(400, "Bad Request: message is not modified", null)))
                .isInstanceOf(AlreadyDone.class);
        assertThat(Refusals.of(Kind.ANSWER, null, 0, refusal(400, "Bad Request: query is too old and response "
                + "timeout expired or query ID is invalid", null))).isInstanceOf(AlreadyDone.class);
    }

    @Test
    void slowDownBlockedAndRevokedAreTheirOwnCases() {
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 0, refusal(429, "Too Many Requests: retry after 5", 5)))
                .isEqualTo(new SlowDown(Duration.ofSeconds(5)));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 0, refusal(403, "Forbidden: bot was blocked by the user", null)))
                .isEqualTo(new Unreachable("Forbidden: bot was blocked by the user"));
        assertThat(Refusals.of(Kind.MESSAGE, 7L, 0, refusal(401, "Unauthorized", null))).isInstanceOf(Unauthorized.class);
    }

    private static TelegramApiRequestException refusal(int code, String description, Integer retryAfter) {
        ResponseParameters parameters = null;
        if (retryAfter != null) {
            parameters = new ResponseParameters();
            parameters.setRetryAfter(retryAfter);
        }
        return new TelegramApiRequestException("Error executing", ApiResponse.builder().ok(false).errorCode(code)
                .errorDescription(description).parameters(parameters).build());
    }
}
