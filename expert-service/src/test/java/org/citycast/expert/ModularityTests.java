package org.citycast.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ExpertApplication.class);

    @Test
    void featurePackagesFormNoCyclesAndKeepTheirInternals() {
        modules.verify();
    }

    /** The diagrams README points to: one of the whole service and one per module, naming every module. */
    @Test
    void writesModuleDiagramsNamingEveryModule() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        Path docs = Path.of("target/spring-modulith-docs");
        String overview = Files.readString(docs.resolve("components.puml"));
        modules.forEach(module -> {
            assertThat(overview).contains(module.getDisplayName());
            assertThat(docs.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        });
    }
}
