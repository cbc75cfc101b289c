package org.citycast.society.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Grades extends ListCrudRepository<Grade, UUID> {

    List<Grade> findBySocietyIdOrderByAwardedOnDesc(UUID societyId);

    Optional<Grade> findBySocietyIdAndStatus(UUID societyId, GradeStatus status);

    List<Grade> findByStatus(GradeStatus status);

    @Query("SELECT nextval('evaluation_certificate_seq')")
    long nextCertificateNumber();
}
