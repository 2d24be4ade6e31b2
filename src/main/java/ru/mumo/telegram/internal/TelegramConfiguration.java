package ru.mumo.telegram.internal;

import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.OkHttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import ru.mumo.telegram.TelegramProperties;

/**
 * Wires TelegramBots by hand (its Spring starter targets Boot 3). TelegramBots speaks Jackson 2, so it gets
 * its own {@code com.fasterxml} mapper, never Boot's Jackson 3 one.
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

    @Bean
    OkHttpClient telegramHttpClient() {
        return new OkHttpClient.Builder().build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties, TelegramUrl url) {
        return new OkHttpTelegramClient(telegramHttpClient, properties.token(), url);
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
