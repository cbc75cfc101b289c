package org.citycast.funding.call;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GrantCalls extends ListCrudRepository<GrantCall, UUID> {
}
