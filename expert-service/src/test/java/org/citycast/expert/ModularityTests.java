package org.citycast.expert;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ExpertApplication.class);

    @Test
    void featurePackagesFormNoCyclesAndKeepTheirInternals() {
        modules.verify();
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
