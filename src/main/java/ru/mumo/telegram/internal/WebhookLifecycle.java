package ru.mumo.telegram.internal;

import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;

/**
 * Webhook mode: once the application is up, every instance tells Telegram the webhook URL (the same for all,
 * in front of them a load balancer), the update types and the secret token, retrying with back-off while
 * Telegram is unreachable. Then it keeps asking Telegram how the webhook fares: updates waiting that Telegram
 * cannot deliver make health say so, and a webhook removed or replaced behind the bot's back is set again.
 */
@Component
@Conditional(UpdateMode.Webhook.class)
class WebhookLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookLifecycle.class);

    private final TelegramProperties properties;
    private final TelegramClient telegram;
    private final BotIntroduction introduction;
    private final UpdateFlow flow;
    private final String secret;
    private final Supervisor supervisor;
    private boolean registered;

    WebhookLifecycle(TelegramProperties properties, TelegramClient telegram, BotIntroduction introduction,
            UpdateFlow flow) {
        this.properties = properties;
        this.telegram = telegram;
        this.introduction = introduction;
        this.flow = flow;
        this.secret = secret(properties);
        this.supervisor = new Supervisor("telegram-webhook-supervisor", properties.leaseTtl().dividedBy(3), properties,
                this::round, () -> { });
    }

    /** Whether a request carries the secret Telegram was given; compared in constant time. */
    boolean authentic(String header) {
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A delivery from Telegram was processed (or found processed already). */
    void delivered() {
        flow.taken();
    }

    @Override
    public void start() {
        flow.expect(true);
        supervisor.start();
    }

    @Override
    public void stop() {
        supervisor.stop();
        flow.expect(false);
    }

    @Override
    public boolean isRunning() {
        return supervisor.running();
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void round() throws Exception {
        if (!registered) {
            String username = introduction.introduce();
            register();
            registered = true;
            log.info("Telegram posts updates for @{} to {}", username, properties.webhookUrl());
        } else {
            check();
        }
    }

    private void register() throws Exception {
        telegram.execute(SetWebhook.builder().url(properties.webhookUrl().toString()).secretToken(secret)
                .allowedUpdates(UpdateIntake.ALLOWED_UPDATES).dropPendingUpdates(false).build());
    }

    /** Nothing waiting counts as taking updates; waiting updates must reach an instance within the timeout. */
    private void check() throws Exception {
        WebhookInfo info = telegram.execute(new GetWebhookInfo());
        if (!properties.webhookUrl().toString().equals(info.getUrl())) {
            log.warn("Telegram's webhook is «{}», not {}; setting it again", info.getUrl(), properties.webhookUrl());
            register();
            return;
        }
        if (info.getPendingUpdatesCount() == null || info.getPendingUpdatesCount() == 0) {
            flow.taken();
        } else if (info.getLastErrorMessage() != null && flow.silentFor(properties.updatesTimeout())) {
            log.warn("{} updates wait at Telegram, which cannot deliver them: {}", info.getPendingUpdatesCount(),
                    info.getLastErrorMessage());
        }
    }

    private static String secret(TelegramProperties properties) {
        if (properties.webhookSecret() != null && !properties.webhookSecret().isBlank()) {
            return properties.webhookSecret();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("TELEGRAM_WEBHOOK_SECRET is not set; this instance made one up. Every instance behind {} needs the "
                + "same one: set TELEGRAM_WEBHOOK_SECRET={}", URI.create(properties.webhookUrl().toString()).getHost(),
                generated);
        return generated;
    }
}
