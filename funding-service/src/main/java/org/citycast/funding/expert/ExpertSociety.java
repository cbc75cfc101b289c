package org.citycast.funding.expert;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("known_expert_society")
record ExpertSociety(UUID societyId) {
}
