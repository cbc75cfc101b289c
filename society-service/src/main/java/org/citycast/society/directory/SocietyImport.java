package org.citycast.society.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.citycast.society.directory.SocietyWorkbook.SheetRow;
import org.citycast.society.hostunit.HostUnitCatalogue;
import org.citycast.society.platform.DomainException;
import org.citycast.society.platform.FieldProblem;
import org.citycast.society.registration.CreditCode;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.SocietyProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports many already registered societies from a sheet. Every row is checked first; if any
 * row is bad, the answer lists every problem by row and field and nothing is imported.
 */
@Service
class SocietyImport {

    private final RegistrationService registration;
    private final HostUnitCatalogue hostUnits;
    private final JdbcClient jdbc;

    SocietyImport(RegistrationService registration, HostUnitCatalogue hostUnits, JdbcClient jdbc) {
        this.registration = registration;
        this.hostUnits = hostUnits;
        this.jdbc = jdbc;
    }

    private record Candidate(SocietyProfile profile, String creditCode, LocalDate registeredOn) {
    }

    @Transactional
    int importAll(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "has no data rows under a header row");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (SheetRow row : rows) {
            Candidate candidate = check(row, problems, names, codes);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.size() + " problem(s) in the sheet; nothing was imported.",
                    problems);
        }
        candidates.forEach(c -> registration.enter(UUID.randomUUID(), c.profile(), c.creditCode(), c.registeredOn()));
        return candidates.size();
    }

    private Candidate check(SheetRow row, List<FieldProblem> problems, Set<String> names, Set<String> codes) {
        int before = problems.size();
        String name = required(row, "name", problems);
        String hostUnit = required(row, "hostUnit", problems);
        DisciplineCategory category = parse(row, "disciplineCategory", SocietyWorkbook::category, problems);
        if (row.get("disciplineCategory") == null) {
            problem(row, "disciplineCategory", "is required", problems);
        }
        if (name != null && (!names.add(name) || taken("name", name))) {
            problem(row, "name", "'" + name + "' is already on the register or earlier in the sheet", problems);
        }
        if (hostUnit != null && !hostUnits.exists(hostUnit)) {
            problem(row, "hostUnit", "'" + hostUnit + "' is not in the host unit catalogue", problems);
        }
        String creditCode = row.get("creditCode");
        if (creditCode != null) {
            CreditCode.check(creditCode).error().ifPresent(error -> problem(row, "creditCode", error, problems));
            if (!codes.add(creditCode) || taken("credit_code", creditCode)) {
                problem(row, "creditCode", creditCode + " is already on the register or earlier in the sheet",
                        problems);
            }
        }
        var registeredOn = parse(row, "registeredOn", SocietyWorkbook::date, problems);
        var foundedOn = parse(row, "foundedOn", SocietyWorkbook::date, problems);
        Integer individuals = parse(row, "individualMembers", SocietyImport::count, problems);
        Integer units = parse(row, "unitMembers", SocietyImport::count, problems);
        BigDecimal assets = parse(row, "assets", SocietyImport::money, problems);
        if (problems.size() > before) {
            return null;
        }
        var profile = new SocietyProfile(name, row.get("shortName"), category, hostUnit, foundedOn, individuals, units,
                assets, row.get("address"), row.get("legalRepresentative"), null, null, null);
        return new Candidate(profile, creditCode, registeredOn);
    }

    private boolean taken(String column, String value) {
        return jdbc.sql("SELECT count(*) FROM society WHERE " + column + " = ?").param(value).query(Long.class)
                .single() > 0;
    }

    private static String required(SheetRow row, String field, List<FieldProblem> problems) {
        String value = row.get(field);
        if (value == null) {
            problem(row, field, "is required", problems);
        }
        return value;
    }

    private static <T> T parse(SheetRow row, String field, Function<String, T> parser, List<FieldProblem> problems) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            problem(row, field, "'" + value + "' " + e.getMessage(), problems);
            return null;
        }
    }

    private static Integer count(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new IllegalArgumentException("must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    private static BigDecimal money(String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (value.signum() < 0 || value.scale() > 2) {
                throw new IllegalArgumentException("must be a non-negative amount in yuan with at most two decimals");
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
