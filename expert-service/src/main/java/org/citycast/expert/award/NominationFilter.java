package org.citycast.expert.award;

import java.util.UUID;

import org.citycast.expert.pool.Category;

/** What a programme's nomination list is narrowed to; {@code q} matches candidate, employer and work. */
record NominationFilter(Stage stage, NominationStatus status, Category category, UUID society, String awardClass,
        String q) {
}
