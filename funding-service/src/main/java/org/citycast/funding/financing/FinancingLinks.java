package org.citycast.funding.financing;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FinancingLinks extends ListCrudRepository<FinancingLink, UUID> {
}
