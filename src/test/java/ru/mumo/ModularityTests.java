package ru.mumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(MumoBotApplication.class);

    /** Modules use only each other's APIs, and only the modules their package-info allows, without cycles. */
    @Test
    void modulesOnlyUseEachOthersApis() {
        MODULES.verify();
    }

    /** The module diagram, one diagram and canvas per module, under target/spring-modulith-docs (see the README). */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
    }
}
