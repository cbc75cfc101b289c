package org.citycast.funding.review;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A reviewer's own statement that they must not judge a society's applications (or one application's). */
@Table("declared_conflict")
record DeclaredConflict(@Id UUID id, UUID expertId, UUID societyId, UUID applicationId, String reason,
        String declaredBy, Instant declaredAt) {
}
