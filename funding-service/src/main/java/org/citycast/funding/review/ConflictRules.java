package org.citycast.funding.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.citycast.funding.expert.ExpertProfile;

/**
 * Recusal (回避), as pure rules: why a reviewer must not judge an application, if they must not.
 * An expert funding has not heard of from the expert pool cannot be checked, so is refused too.
 */
final class ConflictRules {

    private ConflictRules() {
    }

    record Applicant(UUID societyId, String societyName, List<String> coOrganisers) {
    }

    static Optional<String> conflict(UUID expertId, ExpertProfile expert, Applicant applicant,
            List<DeclaredConflict> declared) {
        if (expert == null) {
            return Optional.of("Expert " + expertId + " is not known to funding-service from the expert pool, so "
                    + "their conflicts cannot be checked.");
        }
        String society = applicant.societyName() != null ? applicant.societyName() : applicant.societyId().toString();
        if (expert.societyIds().contains(applicant.societyId())) {
            return Optional.of(name(expert) + " belongs to " + society + ", the applicant.");
        }
        String employer = normal(expert.employer());
        if (!employer.isEmpty()) {
            for (String organiser : applicant.coOrganisers()) {
                String other = normal(organiser);
                if (!other.isEmpty() && (other.contains(employer) || employer.contains(other))) {
                    return Optional.of(name(expert) + " works for " + expert.employer() + ", which co-organises the activity ("
                            + organiser + ").");
                }
            }
            if (employer.equals(normal(applicant.societyName()))) {
                return Optional.of(name(expert) + " works for the applicant, " + society + ".");
            }
        }
        return declared.stream()
                .filter(conflict -> conflict.societyId().equals(applicant.societyId()))
                .findFirst()
                .map(conflict -> name(expert) + " declared a conflict with " + society + ": " + conflict.reason());
    }

    private static String name(ExpertProfile expert) {
        return expert.name() != null ? "The reviewer " + expert.name() : "The reviewer";
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
