package org.citycast.society.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Validator;

import org.citycast.society.platform.Spreadsheets.SheetRow;
import org.citycast.society.platform.DomainException;
import org.citycast.society.platform.FieldProblem;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.ImportedFacts;
import org.citycast.society.registration.PartyOrganisation;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.SocietyProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports many societies of the existing register from a sheet, with ADMIN's reason. Every row is
 * checked first, by the same rules as a single import through the API (its bean validation, then
 * the register's own rules: names, short names and credit codes not taken, here or earlier in the
 * sheet, the host unit in the catalogue, no date in the future); if any row is bad, the answer
 * lists every problem as {@code rows[n].field} and nothing is imported. The columns an export
 * writes are read back, so an export imports unchanged.
 */
@Service
class SocietyImport {

    private final RegistrationService registration;
    private final Validator validator;

    SocietyImport(RegistrationService registration, Validator validator) {
        this.registration = registration;
        this.validator = validator;
    }

    private record Candidate(SocietyProfile profile, ImportedFacts facts) {
    }

    @Transactional
    int importAll(List<SheetRow> rows, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "is required: say why these societies are imported (e.g. the "
                    + "register the sheet comes from)");
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "has no data rows under a header row");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> shortNames = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (SheetRow row : rows) {
            Candidate candidate = check(row, reason, problems);
            if (candidate != null) {
                candidates.add(candidate);
            }
            earlierInSheet(row, "name", names, problems);
            earlierInSheet(row, "shortName", shortNames, problems);
            earlierInSheet(row, "creditCode", codes, problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.size() + " problem(s) in the sheet; nothing was imported.",
                    problems);
        }
        candidates.forEach(c -> registration.importExisting(UUID.randomUUID(), c.profile(), c.facts()));
        return candidates.size();
    }

    /**
     * The row as an import, or null with every problem it has added: values that do not parse,
     * then the API's bean validation and the register's rules for the fields that did.
     */
    private Candidate check(SheetRow row, String reason, List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>();
        DisciplineCategory category = parse(row, "disciplineCategory", SocietyWorkbook::category, found);
        parse(row, "status", SocietyWorkbook::activeStatus, found);
        HealthTier tier = parse(row, "healthTier", SocietyWorkbook::healthTier, found);
        PartyOrganisationForm party = parse(row, "partyOrganisation", SocietyWorkbook::partyOrganisation, found);
        LocalDate registeredOn = parse(row, "registeredOn", SocietyWorkbook::date, found);
        LocalDate foundedOn = parse(row, "foundedOn", SocietyWorkbook::date, found);
        LocalDate joinedOn = parse(row, "joinedOn", SocietyWorkbook::date, found);
        Integer individuals = parse(row, "individualMembers", SocietyImport::count, found);
        Integer units = parse(row, "unitMembers", SocietyImport::count, found);
        BigDecimal assets = parse(row, "assets", SocietyImport::money, found);
        var profile = new SocietyProfile(row.get("name"), row.get("shortName"), category, row.get("hostUnit"),
                foundedOn, individuals, units, assets, row.get("address"), row.get("legalRepresentative"), null, null,
                null, null);
        var partyOrganisation = party == null ? null
                : new PartyOrganisation(party, null, party == PartyOrganisationForm.NONE ? 0 : null);
        var facts = new ImportedFacts(reason, row.get("creditCode"), registeredOn, joinedOn, tier, partyOrganisation);
        Set<String> unreadable = new HashSet<>();
        found.forEach(problem -> unreadable.add(problem.field()));
        validator.validate(profile).stream()
                .filter(violation -> !unreadable.contains(violation.getPropertyPath().toString()))
                .forEach(violation -> found.add(new FieldProblem(violation.getPropertyPath().toString(),
                        violation.getMessage())));
        registration.problemsOfImport(UUID.randomUUID(), profile, facts).stream()
                .filter(problem -> !unreadable.contains(problem.field()))
                .forEach(found::add);
        found.forEach(problem -> problem(row, problem.field(), problem.message(), problems));
        return found.isEmpty() ? new Candidate(profile, facts) : null;
    }

    private static void earlierInSheet(SheetRow row, String field, Set<String> seen, List<FieldProblem> problems) {
        String value = row.get(field);
        if (value != null && !seen.add(value)) {
            problem(row, field, "'" + value + "' is earlier in the sheet", problems);
        }
    }

    private static <T> T parse(SheetRow row, String field, Function<String, T> parser, List<FieldProblem> found) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            found.add(new FieldProblem(field, "'" + value + "' " + e.getMessage()));
            return null;
        }
    }

    private static Integer count(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    private static BigDecimal money(String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (value.scale() > 2) {
                throw new IllegalArgumentException("must be an amount in yuan with at most two decimals");
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be an amount in yuan, like 30000.00");
        }
    }

    private static void problem(SheetRow row, String field, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem("rows[" + row.number() + "]." + field, message));
    }
}
