package org.citycast.expert.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.citycast.expert.platform.Spreadsheets.SheetRow;
import org.citycast.expert.society.KnownSocieties;
import org.citycast.expert.society.KnownSociety;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the association's existing roster: experts admitted straight into a pool. Every row is
 * checked first (the profile's rules, the pool's admission rules, societies by name, duplicate ID
 * numbers); if any row is bad, the answer lists every problem as {@code rows[n].field} and nothing
 * is imported.
 */
@Service
class ExpertImport {

    private final ExpertService experts;
    private final KnownSocieties societies;
    private final Pools pools;
    private final Validator validator;

    ExpertImport(ExpertService experts, KnownSocieties societies, Pools pools, Validator validator) {
        this.experts = experts;
        this.societies = societies;
        this.pools = pools;
        this.validator = validator;
    }

    private record Candidate(ExpertProfile profile, String pool) {
    }

    @Transactional
    int importAll(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            throw DomainException.invalid("file", "has no data rows under a header row");
        }
        Map<String, UUID> societyIds = societies.findAll().stream().filter(s -> s.getName() != null)
                .collect(Collectors.toMap(KnownSociety::getName, KnownSociety::getId, (a, b) -> a));
        List<FieldProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> idNumbers = new HashSet<>();
        for (SheetRow row : rows) {
            Candidate candidate = check(row, societyIds, idNumbers, problems);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems.size() + " problem(s) in the sheet; nothing was imported.", problems);
        }
        candidates.forEach(candidate -> experts.enter(UUID.randomUUID(), candidate.profile(), candidate.pool()));
        return candidates.size();
    }

    private Candidate check(SheetRow row, Map<String, UUID> societyIds, Set<String> idNumbers,
            List<FieldProblem> problems) {
        int before = problems.size();
        String pool = poolCode(row, problems);
        List<UUID> memberOf = new ArrayList<>();
        if (row.get("societies") != null) {
            for (String name : row.get("societies").split("[、,，;；]")) {
                if (name.isBlank()) {
                    continue;
                }
                UUID id = societyIds.get(name.strip());
                if (id == null) {
                    problem(row, "societies", "'" + name.strip() + "' is not a society known to the platform", problems);
                } else {
                    memberOf.add(id);
                }
            }
        }
        List<String> expertise = row.get("expertise") == null ? List.of()
                : Arrays.stream(row.get("expertise").split("[、,，;；]")).filter(s -> !s.isBlank()).toList();
        Integer birthYear = parse(row, "birthYear", Integer::valueOf, problems);
        var profile = new ExpertProfile(row.get("name"), parse(row, "gender", Gender::parse, problems), birthYear,
                row.get("employer"), row.get("title"), parse(row, "titleLevel", TitleLevel::parse, problems),
                parse(row, "category", Category::parse, problems), memberOf, expertise, row.get("phone"),
                row.get("idNumber"), row.get("email"));
        for (ConstraintViolation<ExpertProfile> violation : validator.validate(profile)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            if (problems.stream().noneMatch(p -> p.field().equals("rows[" + row.number() + "]." + field))) {
                problem(row, field, violation.getMessage(), problems);
            }
        }
        if (profile.idNumber() != null) {
            if (!IdNumbers.valid(profile.idNumber())) {
                problem(row, "idNumber", "has a wrong check character", problems);
            } else if (!idNumbers.add(profile.idNumber())) {
                problem(row, "idNumber", "appears earlier in the sheet", problems);
            } else if (experts.idNumberOnFile(profile.idNumber())) {
                problem(row, "idNumber", "belongs to an expert already on file", problems);
            }
        }
        if (pool != null && profile.titleLevel() != null && profile.category() != null) {
            pools.rule(pool).unmetBy(profile.titleLevel(), profile.category())
                    .forEach(p -> problem(row, p.field(), p.message(), problems));
        }
        return problems.size() == before ? new Candidate(profile, pool) : null;
    }

    private String poolCode(SheetRow row, List<FieldProblem> problems) {
        String text = row.get("pool");
        if (text == null) {
            problem(row, "pool", "is required", problems);
            return null;
        }
        for (Map.Entry<String, PoolRule> pool : pools.pools().entrySet()) {
            if (pool.getKey().equalsIgnoreCase(text) || pool.getValue().name().equals(text)) {
                return pool.getKey();
            }
        }
        problem(row, "pool", "'" + text + "' is not a pool ("
                + pools.pools().values().stream().map(PoolRule::name).collect(Collectors.joining("、")) + ")", problems);
        return null;
    }

    private static <T> T parse(SheetRow row, String field, Function<String, T> parser, List<FieldProblem> problems) {
        String value = row.get(field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            problem(row, field, "'" + value + "' must be a whole number", problems);
        } catch (IllegalArgumentException e) {
            problem(row, field, "'" + value + "' " + e.getMessage(), problems);
        }
        return null;
    }

    private static void problem(SheetRow row, String field, String message, List<FieldProblem> problems) {
        problems.add(new FieldProblem("rows[" + row.number() + "]." + field, message));
    }
}
