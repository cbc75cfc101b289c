package org.citycast.society.evaluation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Recusal (回避) of an assessor, as pure rules: an assessor never scores a society they belong to,
 * the society itself as their employer, or a society hosted by (挂靠) the unit that employs them.
 */
final class RecusalRules {

    private RecusalRules() {
    }

    /** Who the assessor is, as declared when ADMIN assigns them. */
    record Affiliation(String name, String employer, Set<UUID> societyIds) {
    }

    /** The applicant as the register has it. */
    record Applicant(UUID societyId, String societyName, String hostUnit) {
    }

    static Optional<String> conflict(Affiliation assessor, Applicant applicant) {
        if (assessor.societyIds().contains(applicant.societyId())) {
            return Optional.of(assessor.name() + " belongs to " + applicant.societyName() + ", the applicant.");
        }
        String employer = normal(assessor.employer());
        if (!employer.isEmpty()) {
            if (overlaps(employer, normal(applicant.societyName()))) {
                return Optional.of(assessor.name() + " works for " + assessor.employer() + ", the applicant.");
            }
            if (overlaps(employer, normal(applicant.hostUnit()))) {
                return Optional.of(assessor.name() + " works for " + assessor.employer() + ", the host unit (挂靠单位) of "
                        + applicant.societyName() + ".");
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(String employer, String other) {
        return !other.isEmpty() && (other.equals(employer) || other.contains(employer) || employer.contains(other));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
