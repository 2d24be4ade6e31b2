package ru.mumo.telegram.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;

/**
 * Wires TelegramBots by hand (its Spring starter targets Boot 3). TelegramBots speaks Jackson 2, so it gets
 * its own {@code com.fasterxml} mapper, never Boot's Jackson 3 one. Both HTTP clients tell {@link UpdateFlow}
 * whether Telegram answers, and the polling one also when a getUpdates succeeded.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    @Bean
    ObjectMapper telegramObjectMapper() {
        return new ObjectMapper();
    }

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
        URI uri = properties.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** For every call but long polling; a call never outlives the outbox claim renewed just before it. */
    @Bean
    OkHttpClient telegramHttpClient(TelegramProperties properties, UpdateFlow flow) {
        return new OkHttpClient.Builder().callTimeout(properties.callTimeout()).addInterceptor(watch(flow, false))
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties, TelegramUrl url) {
        return new OkHttpTelegramClient(telegramHttpClient, properties.token(), url);
    }

    /** Long polls wait up to {@code pollTimeout} at Telegram, so reading may take longer than any other call. */
    static OkHttpClient pollingHttpClient(TelegramProperties properties, UpdateFlow flow) {
        Duration read = properties.pollTimeout().plusSeconds(30);
        return new OkHttpClient.Builder().readTimeout(read).callTimeout(read.plusSeconds(30))
                .addInterceptor(watch(flow, true)).build();
    }

    private static Interceptor watch(UpdateFlow flow, boolean polling) {
        return chain -> {
            Response response;
            try {
                response = chain.proceed(chain.request());
            } catch (IOException | RuntimeException e) {
                flow.unreachable();
                throw e;
            }
            if (response.code() >= 500) {
                flow.unreachable();
            } else {
                flow.answered();
                if (polling && response.isSuccessful() && chain.request().url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
                    flow.taken();
                }
            }
            return response;
        };
    }

    /** Daemon threads: the library does not shut its executor down, and must not keep the JVM alive. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService telegramPollingExecutor() {
        return Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
    }
}
