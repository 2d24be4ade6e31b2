package ru.mumo.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All time in the application comes from this clock, so deadlines and reminders can be tested and rehearsed. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(ClockProperties properties) {
        return Clock.offset(Clock.systemUTC(), properties.offset());
    }
}
