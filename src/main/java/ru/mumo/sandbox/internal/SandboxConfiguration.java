package ru.mumo.sandbox.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import ru.mumo.emulator.BotApiEmulator;
import ru.mumo.sandbox.SandboxLauncher;
import ru.mumo.membership.MembershipService;
import ru.mumo.membership.Officials;
import ru.mumo.membership.PersonService;
import ru.mumo.shared.AppProperties;
import ru.mumo.shared.Messages;
import ru.mumo.shared.ShiftableClock;

/**
 * The sandbox's beans, its page and API on the application's web server; present only when {@link
 * SandboxLauncher} switched the sandbox on, which it does only without a token and binds the server to the
 * loopback interface.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

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
            ShiftableClock sandboxClock, PersonService membership, MembershipService roles, Officials officials,
            Messages messages, AppProperties properties) {
        return new SandboxApi(sandboxEmulator, transcripts, cast, demoScript, sandboxClock, membership, roles,
                officials, messages, properties);
    }

    /** The page and its API answer only requests from this computer's own sandbox page. */
    @Bean
    FilterRegistrationBean<LocalOnly> sandboxLocalOnly() {
        FilterRegistrationBean<LocalOnly> registration = new FilterRegistrationBean<>(new LocalOnly());
        registration.addUrlPatterns("/sandbox", "/sandbox/*");
        return registration;
    }

    /** The page itself: static files from {@code classpath:/sandbox/}, the index at {@code /sandbox}. */
    @Bean
    WebMvcConfigurer sandboxPage() {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler("/sandbox/**").addResourceLocations("classpath:/sandbox/");
            }

            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addViewController("/sandbox").setViewName("forward:/sandbox/index.html");
                registry.addViewController("/sandbox/").setViewName("forward:/sandbox/index.html");
            }
        };
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> sandboxAddress() {
        return event -> log.info("Sandbox: open http://localhost:{}/sandbox (the bot talks to a built-in Telegram "
                + "emulator; set TELEGRAM_BOT_TOKEN to use Telegram)", event.getWebServer().getPort());
    }
}
