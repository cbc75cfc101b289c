package org.citycast.society.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Assessments extends ListCrudRepository<Assessment, UUID> {

    List<Assessment> findByApplicationIdOrderByAssignedAt(UUID applicationId);

    Optional<Assessment> findByApplicationIdAndExpertId(UUID applicationId, UUID expertId);

    List<Assessment> findByExpertIdOrderByAssignedAtDesc(UUID expertId);
}
