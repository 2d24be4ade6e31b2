package ru.mumo.sandbox.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.sandbox.SandboxLauncher;
import ru.mumo.membership.PersonService;
import ru.mumo.membership.Officials;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;

/** The sandbox's beans; present only when {@link SandboxLauncher} switched the sandbox on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    @Bean(destroyMethod = "close")
    BotApiEmulator sandboxEmulator() {
        BotApiEmulator emulator = SandboxLauncher.emulator();
        if (emulator == null) {
            throw new IllegalStateException("The sandbox is enabled but its emulator was not started");
        }
        return emulator;
    }

    /** In the sandbox a person can move time forward to watch reminders and nudges fire. */
    @Bean
    @Primary
    ShiftableClock sandboxClock() {
        return new ShiftableClock(Clock.systemUTC());
    }

    @Bean
    Transcripts transcripts(BotApiEmulator sandboxEmulator) {
        Transcripts transcripts = new Transcripts();
        sandboxEmulator.addListener(transcripts::on);
        return transcripts;
    }

    @Bean
    Cast cast() {
        return Cast.load();
    }

    @Bean
    DemoScript demoScript(BotApiEmulator sandboxEmulator, Cast cast, PersonService membership) {
        return new DemoScript(sandboxEmulator, cast, id -> membership.findPerson(id).isPresent());
    }

    @Bean
    SandboxApi sandboxApi(BotApiEmulator sandboxEmulator, Transcripts transcripts, Cast cast, DemoScript demoScript,
            ShiftableClock sandboxClock, PersonService membership, Officials officials, Messages messages,
            AppProperties properties) {
        return new SandboxApi(sandboxEmulator, transcripts, cast, demoScript, sandboxClock, membership, officials,
                messages, properties);
    }

    @Bean
    SandboxServer sandboxServer(SandboxApi sandboxApi, SandboxProperties properties) {
        return new SandboxServer(sandboxApi, properties);
    }
}
