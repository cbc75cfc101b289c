package org.citycast.funding.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ReviewAssignments extends ListCrudRepository<ReviewAssignment, UUID> {

    List<ReviewAssignment> findByApplicationIdOrderByAssignedAt(UUID applicationId);

    Optional<ReviewAssignment> findByApplicationIdAndExpertId(UUID applicationId, UUID expertId);
}
