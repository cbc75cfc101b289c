package org.citycast.society.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.ImportedFacts;
import org.citycast.society.registration.PartyOrganisation;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.SocietyProfile;
import org.citycast.society.registration.SocietyRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/societies.csv}: active societies across the eight categories and many host
 * units, with their health tiers and party organisations, two societies transferring in (one
 * still short of a party organisation), and founding applications at each step.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoData implements ApplicationRunner {

    /** The societies whose secretariats the demo users {@code secretary1} and {@code secretary2} are. */
    static final List<UUID> SECRETARIES_SOCIETIES = List.of(
            UUID.fromString("11111111-1111-4111-8111-111111111111"),
            UUID.fromString("22222222-2222-4222-8222-222222222222"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** What the demo's imported societies say of their origin, as ADMIN would when importing the old register. */
    private static final String IMPORT_REASON = "演示数据：录入2015年学会名录";

    private final RegistrationService registration;
    private final SocietyRegister register;
    private final DemoHistory history;

    DemoData(RegistrationService registration, SocietyRegister register, DemoHistory history) {
        this.registration = registration;
        this.register = register;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (register.exists(SECRETARIES_SOCIETIES.get(0))) {
            log.info("Demo data already loaded");
            return;
        }
        List<String[]> rows = rows();
        List<UUID> entered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID id = i < SECRETARIES_SOCIETIES.size() ? SECRETARIES_SOCIETIES.get(i) : UUID.randomUUID();
            load(id, rows.get(i));
            if ("ENTER".equals(rows.get(i)[12])) {
                entered.add(id);
            }
        }
        history.load(entered);
        log.info("Demo data loaded: {} societies with their terms and inspection history", rows.size());
    }

    private void load(UUID id, String[] row) {
        var profile = new SocietyProfile(row[0], row[1], DisciplineCategory.valueOf(row[2]), row[3], date(row[10]),
                Integer.valueOf(row[7]), Integer.valueOf(row[8]), new BigDecimal(row[9]), "山东省济宁市任城区",
                null, 5, null, null, null);
        String creditCode = row[4].isEmpty() ? null : row[4];
        var party = new PartyOrganisation(PartyOrganisationForm.valueOf(row[6]), LocalDate.of(2016, 7, 1),
                "NONE".equals(row[6]) ? 0 : 3);
        switch (row[12]) {
            case "ENTER" -> registration.importExisting(id, profile, new ImportedFacts(IMPORT_REASON, creditCode,
                    date(row[11]), null, HealthTier.valueOf(row[5]), party));
            case "TRANSFER" -> registration.transferIn(id, profile, creditCode, date(row[11]), PartyOrganisation.NONE);
            case "TRANSFER_JOINED" -> {
                registration.transferIn(id, profile, creditCode, date(row[11]), party);
                registration.join(id);
            }
            default -> found(id, profile, row[12]);
        }
    }

    private void found(UUID id, SocietyProfile draft, String step) {
        var profile = new SocietyProfile(draft.name(), draft.shortName(), draft.disciplineCategory(),
                draft.hostUnit(), null, draft.individualMembers(), draft.unitMembers(), draft.assets(),
                draft.address(), "张伟", 5, null, null, null);
        registration.applyToFound(id, profile);
        if (!"FOUNDING_DRAFT".equals(step)) {
            registration.changePartyOrganisation(id, new PartyOrganisation(PartyOrganisationForm.INSTRUCTOR_ASSIGNED,
                    LocalDate.of(2016, 7, 1), 0), CurrentUser.SYSTEM);
            registration.submit(id, CurrentUser.SYSTEM);
        }
        if ("FOUNDING_PRE_APPROVED".equals(step)) {
            registration.preApprove(id);
        }
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static List<String[]> rows() throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/societies.csv").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        }
    }
}
