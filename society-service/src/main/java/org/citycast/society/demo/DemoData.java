package org.citycast.society.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.SocietyProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoData implements ApplicationRunner {

    /** The societies whose secretariats the demo users {@code secretary1} and {@code secretary2} are. */
    static final List<UUID> SECRETARIES_SOCIETIES = List.of(
            UUID.fromString("11111111-1111-4111-8111-111111111111"),
            UUID.fromString("22222222-2222-4222-8222-222222222222"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegistrationService registration;

    DemoData(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (registration.exists(SECRETARIES_SOCIETIES.get(0))) {
            log.info("Demo data already loaded");
            return;
        }
        List<String[]> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            UUID id = i < SECRETARIES_SOCIETIES.size() ? SECRETARIES_SOCIETIES.get(i) : UUID.randomUUID();
            registration.enter(id, SocietyProfile.of(row[0], row[1], DisciplineCategory.valueOf(row[2]), row[3]),
                    row[4], null);
        }
        log.info("Demo data loaded: {} societies", rows.size());
    }

    private static List<String[]> rows() throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/societies.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        }
    }
}
