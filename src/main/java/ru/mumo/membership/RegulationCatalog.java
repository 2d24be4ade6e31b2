package ru.mumo.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every regulation the bot knows, in the order of {@code regulations.yml} (the order of the official's buttons). An
 * association stores its regulation's code; {@link #of} reads it back.
 */
@ConfigurationProperties("app")
public record RegulationCatalog(List<Regulation> regulations) {

    public RegulationCatalog {
        if (regulations == null || regulations.isEmpty()) {
            throw new IllegalStateException("No regulation in app.regulations (regulations.yml)");
        }
        if (regulations.stream().map(Regulation::code).distinct().count() != regulations.size()) {
            throw new IllegalStateException("Two regulations share a code in app.regulations");
        }
        regulations = List.copyOf(regulations);
    }

    public Optional<Regulation> find(String code) {
        return regulations.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The regulation of that code; an unknown or missing code (an older association) reads as the first. */
    public Regulation of(String code) {
        return find(code).orElse(regulations.get(0));
    }

    /**
     * The sensible default for an association created before regulations were chosen: the first whose district its
     * municipality names, else the first whose district its name names, else the first of the catalog.
     */
    Regulation defaultFor(String name, String municipality) {
        return regulations.stream().filter(r -> r.names(municipality)).findFirst()
                .or(() -> regulations.stream().filter(r -> r.names(name)).findFirst())
                .orElse(regulations.get(0));
    }
}
