package org.citycast.society.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EvaluationApplications extends ListCrudRepository<EvaluationApplication, UUID> {

    List<EvaluationApplication> findByRoundId(UUID roundId);

    List<EvaluationApplication> findBySocietyIdOrderBySubmittedAtDesc(UUID societyId);

    boolean existsBySocietyIdAndStatusIn(UUID societyId, Collection<ApplicationStatus> statuses);
}
