package org.citycast.expert.award;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A reviewer assigned to a nomination, by ADMIN or by the automatic assignment. */
@Table("review_assignment")
public record Assignment(UUID reviewerId, How how, String assignedBy, Instant assignedAt) {

    public enum How {
        MANUAL, AUTOMATIC
    }
}
