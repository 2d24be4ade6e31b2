package ru.mumo.telegram.internal.outbox;

import java.time.Clock;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.internal.outbox.OutboxMessage.Kind;
import ru.mumo.telegram.internal.outbox.Refusals.AlreadyDone;
import ru.mumo.telegram.internal.outbox.Refusals.Fail;

/**
 * Answers a button press right after the transaction that decided it commits, from the thread that handled the press:
 * the person waits for it with a spinning button, and an answer is no message in a chat (Telegram's sending limits do
 * not cover it), so it need not queue in the outbox behind a claim and a "sent" mark. What the press changed is
 * committed before the answer goes, and the message edits that show it go through the outbox as always; a crash
 * between the commit and the answer costs only the short notice on the phone. An answer Telegram did not take
 * because of the network, its servers, a 429 or the token goes to the outbox, whose sender tries again.
 */
@Component
class ButtonAnswers {

    private static final Logger log = LoggerFactory.getLogger(ButtonAnswers.class);

    private final TelegramClient telegram;
    private final OutboxMessages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TransactionTemplate ownTransaction;

    ButtonAnswers(TelegramClient telegram, OutboxMessages messages, ObjectMapper telegramObjectMapper, Clock clock,
            MeterRegistry meters, PlatformTransactionManager transactions) {
        this.telegram = telegram;
        this.messages = messages;
        this.json = telegramObjectMapper;
        this.clock = clock;
        this.meters = meters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Answers now; if that fails in a way that may pass, queues the answer in the outbox.
     *
     * @return whether the answer was queued (and the sender is to be woken)
     */
    boolean answerNow(String callbackQueryId, String text, boolean alert) {
        try {
            telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text)
                    .showAlert(alert ? Boolean.TRUE : null).build());
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
            try {
                String payload = write(Payload.answer(callbackQueryId, text, alert));
                ownTransaction.executeWithoutResult(status -> messages.save(new OutboxMessage(Kind.ANSWER, null,
                        payload, null, null, null, clock.instant())));
            } catch (RuntimeException unsaved) {
                // The press itself is committed; only its short notice is lost.
                log.warn("A button's answer could be neither sent ({}) nor queued", e.getMessage(), unsaved);
                count("mumo.outbox.failed");
                return false;
            }
            count("mumo.outbox.retries");
            return true;
        }
    }

    private String write(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a button's answer", e);
        }
    }

    private void count(String meter) {
        meters.counter(meter, "kind", Kind.ANSWER.name().toLowerCase(Locale.ROOT)).increment();
    }
}
