package org.citycast.expert.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Reviews extends ListCrudRepository<Review, UUID> {

    List<Review> findByNominationId(UUID nominationId);

    List<Review> findByNominationIdIn(Collection<UUID> nominationIds);

    Optional<Review> findByNominationIdAndReviewerId(UUID nominationId, UUID reviewerId);
}
