package org.citycast.funding.agreement;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<Agreement, UUID> {
}
