package ru.mumo.shared;

import java.time.Clock;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes a {@link ShiftableClock} the application's clock, so that a test can move time forward: as
 * {@code @ContextConfiguration(initializers = ShiftedClock.class)} with {@code @Autowired ShiftableClock clock},
 * or with a clock of the test's own that outlives restarts of the application.
 */
public class ShiftedClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final ShiftableClock clock;

    public ShiftedClock() {
        this(new ShiftableClock(Clock.systemUTC()));
    }

    public ShiftedClock(ShiftableClock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("clock", clock);
    }
}
