package org.citycast.society.inspection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AnnualInspections extends ListCrudRepository<AnnualInspection, UUID> {

    Optional<AnnualInspection> findBySocietyIdAndYear(UUID societyId, int year);

    List<AnnualInspection> findBySocietyIdOrderByYearDesc(UUID societyId);

    List<AnnualInspection> findByStatus(InspectionStatus status);

    List<AnnualInspection> findByYear(int year);

    boolean existsBySocietyIdAndYear(UUID societyId, int year);
}
