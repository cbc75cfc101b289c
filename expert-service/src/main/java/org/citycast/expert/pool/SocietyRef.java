package org.citycast.expert.pool;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A society the expert belongs to. */
@Table("expert_society")
record SocietyRef(UUID societyId) {
}
