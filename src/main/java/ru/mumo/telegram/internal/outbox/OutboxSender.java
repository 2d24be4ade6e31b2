package ru.mumo.telegram.internal.outbox;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;
import ru.mumo.telegram.internal.Leases;

/**
 * The one place that sends to Telegram: reads due outbox rows, paces them under Telegram's limits, honours
 * {@code 429 retry_after}, retries server errors with back-off, and stops writing to people who blocked the
 * bot. Only the instance holding the sender lease sends, so the limits hold across instances too.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int MAX_ATTEMPTS = 30;
    private static final int BATCH = 100;

    private final OutboxMessages messages;
    private final TelegramClient telegram;
    private final TransactionTemplate tx;
    private final Leases leases;
    private final ObjectMapper json;
    private final Clock clock;
    private final Reachability membership;
    private final TelegramProperties properties;
    private final RateLimiter limiter;
    private final Object signal = new Object();
    private volatile boolean running;
    private volatile boolean woken;
    private long pausedUntilNanos;
    private Thread worker;

    OutboxSender(OutboxMessages messages, TelegramClient telegram, TransactionTemplate tx, Leases leases,
            ObjectMapper telegramObjectMapper, Clock clock, Reachability membership,
            TelegramProperties properties) {
        this.messages = messages;
        this.telegram = telegram;
        this.tx = tx;
        this.leases = leases;
        this.json = telegramObjectMapper;
        this.clock = clock;
        this.membership = membership;
        this.properties = properties;
        this.limiter = new RateLimiter(properties.perChatInterval(), properties.globalRate(), System::nanoTime);
    }

    /** Called after a transaction that wrote to the outbox commits, so messages leave at once. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-sender");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leases.release(Leases.OUTBOX_SENDER);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (!leases.hold(Leases.OUTBOX_SENDER, properties.leaseTtl())) {
                    pause(properties.leaseTtl().dividedBy(6));
                    continue;
                }
                pause(sendDue());
            } catch (RuntimeException e) {
                log.warn("Outbox sender round failed; retrying", e);
                pause(Duration.ofSeconds(1));
            }
        }
    }

    /** Sends what is due and allowed now; returns how long to wait before the next round. */
    private Duration sendDue() {
        List<OutboxMessage> due = tx.execute(s -> messages.findDue(clock.instant(), BATCH));
        if (due == null || due.isEmpty()) {
            return properties.senderPoll();
        }
        Duration wait = properties.senderPoll();
        boolean sentAny = false;
        for (OutboxMessage row : due) {
            long paused = pausedUntilNanos - System.nanoTime();
            if (paused > 0) {
                return Duration.ofNanos(paused);
            }
            Duration pace = limiter.acquire(row.getKind() == OutboxMessage.Kind.ANSWER
                    || row.getKind() == OutboxMessage.Kind.MENU ? null : row.getChatId());
            if (!pace.isZero()) {
                wait = pace.compareTo(wait) < 0 ? pace : wait;
                continue;
            }
            deliver(row);
            sentAny = true;
        }
        return sentAny ? Duration.ZERO : wait;
    }

    private void deliver(OutboxMessage row) {
        if (row.getChatId() != null && membership.isUnreachable(row.getChatId())) {
            // They blocked the bot; writing again is pointless until they write to us (which clears the mark).
            tx.executeWithoutResult(s -> messages.findById(row.getId()).ifPresent(m -> m.failed("unreachable")));
            return;
        }
        try {
            Long telegramMessageId = call(row);
            tx.executeWithoutResult(s -> messages.findById(row.getId())
                    .ifPresent(m -> m.sent(telegramMessageId, clock.instant())));
        } catch (TelegramApiRequestException e) {
            onRefusal(row, e);
        } catch (TelegramApiException | RuntimeException e) {
            retry(row, e.getMessage());
        }
    }

    private void onRefusal(OutboxMessage row, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = e.getApiResponse();
        if (code == 429) {
            int seconds = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                    ? e.getParameters().getRetryAfter() : 1;
            log.warn("Telegram asks to slow down for {} s", seconds);
            pausedUntilNanos = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        } else if (code == 403 && row.getChatId() != null) {
            log.info("Chat {} is unreachable ({}); dropping its pending messages", row.getChatId(), description);
            tx.executeWithoutResult(s -> {
                messages.findById(row.getId()).ifPresent(m -> m.failed(description));
                messages.failPendingForChat(row.getChatId(), description);
                membership.markReachable(row.getChatId(), false);
            });
        } else if (code == 400 && description != null && (description.contains("message is not modified")
                || row.getKind() == OutboxMessage.Kind.ANSWER && description.contains("query is too old"))) {
            // Sent before a crash but not marked sent, then sent again: the edit is already there, the button
            // press already answered (or too old to answer now). Either way nothing is left to do.
            tx.executeWithoutResult(s -> messages.findById(row.getId()).ifPresent(m -> m.sent(null, clock.instant())));
        } else if (code >= 500 || code == 0) {
            retry(row, code + " " + description);
        } else {
            log.warn("Telegram refused outbox message {} ({}): {} {}", row.getId(), row.getKind(), code, description);
            tx.executeWithoutResult(s -> messages.findById(row.getId()).ifPresent(m -> m.failed(code + " " + description)));
        }
    }

    private void retry(OutboxMessage row, String error) {
        tx.executeWithoutResult(s -> messages.findById(row.getId()).ifPresent(m -> {
            if (m.getAttempts() + 1 >= MAX_ATTEMPTS) {
                log.warn("Giving up outbox message {} after {} attempts: {}", m.getId(), MAX_ATTEMPTS, error);
                m.failed(error);
            } else {
                long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(20, m.getAttempts()));
                m.retryLater(error, Duration.ofSeconds(seconds), clock.instant());
            }
        }));
    }

    private Long call(OutboxMessage row) throws TelegramApiException {
        Payload p = payload(row);
        switch (row.getKind()) {
            case MESSAGE -> {
                Message sent = telegram.execute(SendMessage.builder().chatId(row.getChatId()).text(p.text())
                        .replyMarkup(markup(p.keyboard())).build());
                return sent.getMessageId().longValue();
            }
            case EDIT -> {
                Long messageId = p.messageId() != null ? p.messageId() : messages.findSentByRef(p.editRefKey())
                        .map(OutboxMessage::getTelegramMessageId)
                        .orElseThrow(() -> new TelegramApiRequestException("Bad Request: nothing sent under " + p.editRefKey()));
                telegram.execute(EditMessageText.builder().chatId(row.getChatId()).messageId(messageId.intValue())
                        .text(p.text()).replyMarkup(markup(p.keyboard())).build());
                return messageId;
            }
            case ANSWER -> {
                telegram.execute(AnswerCallbackQuery.builder().callbackQueryId(p.callbackQueryId()).text(p.text())
                        .showAlert(Boolean.TRUE.equals(p.alert()) ? Boolean.TRUE : null).build());
                return null;
            }
            case DOCUMENT -> {
                Message sent = telegram.execute(SendDocument.builder().chatId(row.getChatId())
                        .document(new InputFile(new ByteArrayInputStream(row.getDocument()), p.fileName()))
                        .caption(p.text()).build());
                return sent.getMessageId().longValue();
            }
            case MENU -> {
                telegram.execute(SetMyCommands.builder()
                        .commands(p.commands().stream().map(c -> new BotCommand(c.command(), c.description())).toList())
                        .scope(p.scopeChatId() == null ? new BotCommandScopeDefault()
                                : BotCommandScopeChat.builder().chatId(p.scopeChatId()).build())
                        .languageCode(p.languageCode()).build());
                return null;
            }
            default -> throw new IllegalStateException("Unknown outbox kind " + row.getKind());
        }
    }

    private Payload payload(OutboxMessage row) {
        try {
            return json.readValue(row.getPayload(), Payload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload " + row.getId(), e);
        }
    }

    private static InlineKeyboardMarkup markup(Keyboard keyboard) {
        if (keyboard == null) {
            return null;
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(OutboxSender::button).toList()))
                .toList()).build();
    }

    private static InlineKeyboardButton button(Button b) {
        return b.url() != null
                ? InlineKeyboardButton.builder().text(b.text()).url(b.url()).build()
                : InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build();
    }

    private void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(Math.max(1, duration.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }
}
