package ru.mumo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersApis() {
        ApplicationModules.of(MumoBotApplication.class).verify();
    }
}
