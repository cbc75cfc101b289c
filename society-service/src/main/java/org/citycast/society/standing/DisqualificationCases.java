package org.citycast.society.standing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DisqualificationCases extends ListCrudRepository<DisqualificationCase, UUID> {

    boolean existsBySocietyIdAndStatus(UUID societyId, CaseStatus status);

    List<DisqualificationCase> findByStatusOrderByDraftedOnDesc(CaseStatus status);

    List<DisqualificationCase> findAllByOrderByDraftedOnDesc();
}
