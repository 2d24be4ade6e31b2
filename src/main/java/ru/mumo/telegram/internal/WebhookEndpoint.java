package ru.mumo.telegram.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

import ru.mumo.telegram.TelegramProperties;

/**
 * Serves the webhook at the path of {@code TELEGRAM_WEBHOOK_URL}. A request without Telegram's secret token is
 * refused with 401 before its body is read. An update goes through the same once-only processing as by long
 * polling, and is answered when it is recorded: Telegram delivers it again if the answer is not 200, which is
 * what must happen when the database is down (503).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(UpdateMode.Webhook.class)
class WebhookEndpoint {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    @Bean
    RouterFunction<ServerResponse> telegramWebhook(TelegramProperties properties, WebhookLifecycle webhook,
            UpdateProcessor processor, ObjectMapper telegramObjectMapper) {
        String path = properties.webhookUrl().getPath() == null || properties.webhookUrl().getPath().isEmpty()
                ? "/" : properties.webhookUrl().getPath();
        return RouterFunctions.route().POST(path, request -> {
            if (!webhook.authentic(request.headers().firstHeader(SECRET_HEADER))) {
                return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
            }
            Update update;
            try {
                update = telegramObjectMapper.readValue(request.servletRequest().getInputStream(), Update.class);
            } catch (IOException e) {
                log.warn("Unreadable webhook update: {}", e.getMessage());
                return ServerResponse.badRequest().build();
            }
            try {
                processor.process(update);
            } catch (UpdateProcessor.NotRecorded e) {
                log.warn("Update {} could not be recorded; Telegram will deliver it again", update.getUpdateId(), e);
                return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            }
            webhook.delivered();
            return ServerResponse.ok().build();
        }).build();
    }
}
