package org.citycast.expert.pool;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PoolNominations extends ListCrudRepository<PoolNomination, UUID> {

    List<PoolNomination> findByExpertIdOrderByNominatedAt(UUID expertId);

    boolean existsByExpertIdAndStatus(UUID expertId, PoolNomination.Status status);
}
