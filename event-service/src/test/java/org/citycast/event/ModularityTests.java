package org.citycast.event;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EventApplication.class);

    @Test
    void featurePackagesFormNoCyclesAndKeepTheirInternals() {
        modules.verify();
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
