package org.citycast.society.directory;

import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.HealthTier;
import org.citycast.society.registration.SocietyStatus;

/**
 * What a list of societies is narrowed to. {@code q} matches any part of the full or short
 * name; {@code partyCovered} asks whether a party organisation is set up; the inspection
 * outcome refers to {@code inspectionYear}.
 */
record SocietyFilter(SocietyStatus status, DisciplineCategory category, String hostUnit, HealthTier healthTier,
        Boolean partyCovered, Integer inspectionYear, String inspectionOutcome, String q) {
}
