package org.citycast.society.standing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DisqualificationCases extends ListCrudRepository<DisqualificationCase, UUID> {

    Optional<DisqualificationCase> findFirstBySocietyIdOrderByCreatedAtDesc(UUID societyId);

    List<DisqualificationCase> findByStatusOrderByCreatedAtDesc(CaseStatus status);

    List<DisqualificationCase> findAllByOrderByCreatedAtDesc();
}
