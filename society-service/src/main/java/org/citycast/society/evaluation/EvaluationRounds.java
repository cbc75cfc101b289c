package org.citycast.society.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EvaluationRounds extends ListCrudRepository<EvaluationRound, UUID> {

    List<EvaluationRound> findAllByOrderByYearDesc();

    List<EvaluationRound> findByStatusOrderByYearDesc(RoundStatus status);
}
