package org.citycast.expert.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.ClassUtils;

/** The service's feature packages, as Spring Modulith sees them from its application class. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(applicationClass());

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

    /** This service's {@code @SpringBootApplication}, the only one on its test class path. */
    private static Class<?> applicationClass() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootApplication.class));
        String name = scanner.findCandidateComponents("org.citycast").iterator().next().getBeanClassName();
        return ClassUtils.resolveClassName(name, ModularityTests.class.getClassLoader());
    }
}
