package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layout has no shared module, so the plumbing every service needs is copied: society-service's
 * {@code platform} package (main and test) is the template, and funding-service's society read
 * model, {@code ServiceTest} and the common part of {@code application.yml} are the template for the
 * other consuming services ({@code ServiceTest} also for society-service's, but for a marked part of its
 * own); funding-service's deadline events and expert-service's categories follow society-service's.
 * Each copy must equal its template once the service's own name is put in place; a difference fails
 * here naming the file and the first line that differs. Change the template, run
 * {@code deploy/template/sync-platform}, and this test tells you what you forgot.
 */
class PlatformCopiesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("funding", "expert", "event", "publicity");
    static final List<String> CONSUMERS = List.of("expert", "event", "publicity");
    static final String YAML_OWN_PART = "# ---- this service only ----";

    @Test
    void everyServiceCarriesTheTemplatesPlatformPackage() {
        List<String> drift = new ArrayList<>();
        for (String service : SERVICES) {
            for (String tree : List.of("main", "test")) {
                Path template = ROOT.resolve("society-service/src/" + tree + "/java/org/citycast/society/platform");
                Path copy = ROOT.resolve(service + "-service/src/" + tree + "/java/org/citycast/" + service + "/platform");
                compareDirectories(template, copy, text -> text.replace("org.citycast.society.", "org.citycast." + service + "."),
                        drift);
            }
        }
        assertThat(drift).as("platform copies that differ from society-service's template").isEmpty();
    }

    @Test
    void consumingServicesShareTheSocietyReadModelAndTestBase() {
        List<String> drift = new ArrayList<>();
        for (String service : CONSUMERS) {
            UnaryOperator<String> rename = text -> text.replace("org.citycast.funding.", "org.citycast." + service + ".")
                    .replace("org.citycast.funding;", "org.citycast." + service + ";")
                    .replace("funding_test", service + "_test");
            for (String file : List.of("main/java/org/citycast/%s/society/KnownSociety.java",
                    "main/java/org/citycast/%s/society/KnownSocieties.java",
                    "main/java/org/citycast/%s/society/SocietyEventsListener.java",
                    "test/java/org/citycast/%s/society/SocietyReadModelTests.java",
                    "test/java/org/citycast/%s/ServiceTest.java",
                    "main/resources/db/migration/V1__read_models_and_outbox.sql")) {
                compareFiles(ROOT.resolve("funding-service/src/" + file.formatted("funding")),
                        ROOT.resolve(service + "-service/src/" + file.formatted(service)), rename, drift);
            }
        }
        // society-service's test base is the same but for a marked part of its own: the outside systems it calls
        Path society = ROOT.resolve("society-service/src/test/java/org/citycast/society/ServiceTest.java");
        String template = read(ROOT.resolve("funding-service/src/test/java/org/citycast/funding/ServiceTest.java"))
                .replace("org.citycast.funding", "org.citycast.society").replace("funding_test", "society_test");
        List<String> actual = code(read(society));
        firstDifference(society, withOwnPartOf(actual, code(template)), actual).ifPresent(drift::add);
        assertThat(drift).as("copies that differ from funding-service's").isEmpty();
    }

    /**
     * The template with the copy's own part (from {@code // ---- this service only ----} to
     * {@code // ---- end of this service only ----}) put in where the copy has it, so that only the rest is compared.
     */
    static List<String> withOwnPartOf(List<String> copy, List<String> template) {
        List<String> stripped = copy.stream().map(String::strip).toList();
        int start = stripped.indexOf("// ---- this service only ----");
        int end = stripped.indexOf("// ---- end of this service only ----");
        if (start < 0 || end < start || start > template.size()) {
            return template;
        }
        // with the blank line that sets it apart from what follows
        int to = end + 1 < copy.size() && copy.get(end + 1).isBlank() ? end + 2 : end + 1;
        List<String> expected = new ArrayList<>(template);
        expected.addAll(start, copy.subList(start, to));
        return expected;
    }

    /**
     * Contracts two services own alike: society-service and funding-service publish the same deadline
     * events, on their own topics, which publicity-service's reminders read with one reader; and expert-service
     * files experts under society-service's eight industry categories, with the same codes and labels.
     */
    @Test
    void servicesThatShareAContractAgreeOnIt() {
        List<String> drift = new ArrayList<>();
        UnaryOperator<String> toFunding = text -> text.replace("org.citycast.society.", "org.citycast.funding.")
                .replace("org.citycast.society;", "org.citycast.funding;")
                .replace("@Externalized(\"society.events\")", "@Externalized(\"funding.events\")");
        for (String file : List.of("DeadlineScheduled.java", "DeadlineMet.java")) {
            compareFiles(ROOT.resolve("society-service/src/main/java/org/citycast/society/deadline/" + file),
                    ROOT.resolve("funding-service/src/main/java/org/citycast/funding/deadline/" + file), toFunding, drift);
        }
        Path categories = ROOT.resolve("expert-service/src/main/java/org/citycast/expert/pool/Category.java");
        List<String> expected = enumConstants(
                ROOT.resolve("society-service/src/main/java/org/citycast/society/registration/DisciplineCategory.java"));
        List<String> actual = enumConstants(categories);
        if (!expected.equals(actual)) {
            drift.add("%s: constants %s, but society-service's DisciplineCategory has %s".formatted(
                    ROOT.relativize(categories), actual, expected));
        }
        assertThat(drift).as("copies of a shared contract that differ from society-service's").isEmpty();
    }

    /** An enum's constants with their arguments, e.g. {@code SCIENCE("理科")}, in order. */
    static List<String> enumConstants(Path file) {
        String text = read(file);
        int body = text.indexOf('{', text.indexOf(" enum "));
        return text.substring(body + 1, text.indexOf(';', body)).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).map(line -> line.replaceAll(",$", "")).toList();
    }

    @Test
    void everyServiceSharesTheCommonApplicationSettings() {
        List<String> drift = new ArrayList<>();
        Path template = ROOT.resolve("society-service/src/main/resources/application.yml");
        for (String service : SERVICES) {
            Path copy = ROOT.resolve(service + "-service/src/main/resources/application.yml");
            List<String> expected = commonYaml(template);
            List<String> actual = commonYaml(copy);
            firstDifference(copy, expected, actual).ifPresent(drift::add);
        }
        assertThat(drift).as("application.yml settings above '" + YAML_OWN_PART + "' that differ").isEmpty();
    }

    /** The part every service shares, with its own name, database and port neutralised. */
    static List<String> commonYaml(Path file) {
        List<String> lines = read(file).lines().toList();
        int own = lines.indexOf(YAML_OWN_PART);
        assertThat(own).as(file + " marks where its own settings begin").isPositive();
        return lines.subList(0, own).stream()
                .map(line -> line.replaceAll("^(\\s+name:) [a-z]+-service$", "$1 SERVICE")
                        .replaceAll("5432/[a-z]+$", "5432/DATABASE")
                        .replaceAll("^(\\s+(username|password):) [a-z]+$", "$1 ROLE")
                        .replaceAll("^(\\s+port:) 80\\d\\d$", "$1 PORT"))
                .toList();
    }

    static void compareDirectories(Path template, Path copy, UnaryOperator<String> rename, List<String> drift) {
        Set<String> expected = names(template);
        Set<String> actual = names(copy);
        for (String missing : difference(expected, actual)) {
            drift.add(copy.resolve(missing) + ": missing (the template has it)");
        }
        for (String extra : difference(actual, expected)) {
            drift.add(copy.resolve(extra) + ": not in the template (put service-specific code in a feature package)");
        }
        for (String name : expected) {
            if (actual.contains(name)) {
                compareFiles(template.resolve(name), copy.resolve(name), rename, drift);
            }
        }
    }

    static void compareFiles(Path template, Path copy, UnaryOperator<String> rename, List<String> drift) {
        if (!Files.exists(copy)) {
            drift.add(copy + ": missing (the template has it)");
            return;
        }
        firstDifference(copy, code(rename.apply(read(template))), code(read(copy))).ifPresent(drift::add);
    }

    static Optional<String> firstDifference(Path copy, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<end of file>";
            String have = i < actual.size() ? actual.get(i) : "<end of file>";
            if (!want.equals(have)) {
                return Optional.of("%s:%d: expected [%s] but was [%s]".formatted(ROOT.relativize(copy), i + 1,
                        want.strip(), have.strip()));
            }
        }
        return Optional.empty();
    }

    /** The lines that matter: SQL comments may name the service (and an applied migration cannot change). */
    static List<String> code(String text) {
        return text.lines().map(line -> line.startsWith("--") ? "--" : line).toList();
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    static Set<String> names(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
