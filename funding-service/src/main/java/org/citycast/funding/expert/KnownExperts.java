package org.citycast.funding.expert;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface KnownExperts extends ListCrudRepository<KnownExpert, UUID> {
}
