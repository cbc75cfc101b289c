package org.citycast.society.term;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Terms extends ListCrudRepository<Term, UUID> {

    Optional<Term> findBySocietyIdAndStatus(UUID societyId, TermStatus status);

    List<Term> findBySocietyIdOrderByNumberDesc(UUID societyId);
}
