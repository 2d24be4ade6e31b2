package ru.mumo.membership;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The regulations of {@code regulations.yml}, bound as the application binds them, for tests without Spring. */
public final class TestRegulations {

    private static final RegulationCatalog CATALOG = load();

    private TestRegulations() {
    }

    public static RegulationCatalog catalog() {
        return CATALOG;
    }

    public static Regulation terek() {
        return CATALOG.find("TEREK").orElseThrow();
    }

    public static Regulation spirovo() {
        return CATALOG.find("SPIROVO").orElseThrow();
    }

    private static RegulationCatalog load() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("regulations", new ClassPathResource("regulations.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.get(environment)).bind("app", RegulationCatalog.class)
                    .orElseThrow(() -> new IllegalStateException("No regulations in regulations.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
