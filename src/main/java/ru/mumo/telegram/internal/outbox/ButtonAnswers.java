package ru.mumo.telegram.internal.outbox;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;
import ru.mumo.telegram.internal.outbox.Refusals.AlreadyDone;
import ru.mumo.telegram.internal.outbox.Refusals.Fail;

/**
 * Answers a button press right after the transaction that decided it commits, from the thread that handled the press:
 * the person waits for it with a spinning button, and an answer is no message in a chat (Telegram's sending limits do
 * not cover it), so it need not queue in the outbox behind a claim and a "sent" mark. What the press changed is
 * committed before the answer goes, and the message edits that show it go through the outbox as always; a crash
 * between the commit and the answer costs only the short notice on the phone. An answer Telegram did not take
 * because of the network, its servers, a 429 or the token is for the outbox, whose sender tries again
 * ({@link Outbox#answer}).
 */
@Component
class ButtonAnswers {

    private static final Logger log = LoggerFactory.getLogger(ButtonAnswers.class);

    private final TelegramCalls calls;
    private final MeterRegistry meters;

    ButtonAnswers(TelegramCalls calls, MeterRegistry meters) {
        this.calls = calls;
        this.meters = meters;
    }

    /**
     * Answers now.
     *
     * @return whether it failed in a way that may pass, so the outbox is to try again
     */
    boolean answerNow(Payload answer) {
        try {
            calls.answer(answer);
            count("mumo.outbox.sent");
            return false;
        } catch (TelegramApiException | RuntimeException e) {
            Refusals.Verdict verdict = Refusals.of(Kind.ANSWER, null, 0, e);
            if (verdict instanceof AlreadyDone) {
                count("mumo.outbox.sent");
                return false;
            }
            if (verdict instanceof Fail fail) {
                log.warn("Telegram refused a button's answer for good: {}", fail.error());
                count("mumo.outbox.failed");
                return false;
            }
            count("mumo.outbox.retries");
            return true;
        }
    }

    /** The press itself is committed; only its short notice is lost. */
    void lost(RuntimeException unsaved) {
        log.warn("A button's answer could be neither sent nor queued", unsaved);
        count("mumo.outbox.failed");
    }

    private void count(String meter) {
        meters.counter(meter, "kind", Kind.ANSWER.name().toLowerCase(Locale.ROOT)).increment();
    }
}
