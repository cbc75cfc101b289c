package org.citycast.expert.award;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A conflict of interest a reviewer declared (or ADMIN recorded for them), in free text. */
@Table("declared_conflict")
public record DeclaredConflict(UUID reviewerId, String reason, String declaredBy, Instant declaredAt) {
}
