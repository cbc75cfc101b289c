package org.citycast.expert.award;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A nomination's outcome at one stage; passing expert review also sets the proposed class. */
@Table("nomination_outcome")
public record Outcome(Stage stage, boolean passed, String comment, String awardClass, String decidedBy,
        Instant decidedAt) {
}
