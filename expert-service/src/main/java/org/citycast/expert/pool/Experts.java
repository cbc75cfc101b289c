package org.citycast.expert.pool;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Experts extends ListCrudRepository<Expert, UUID> {

    Optional<Expert> findByIdNumberDigest(String idNumberDigest);
}
