package org.citycast.expert.award;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Nominations extends ListCrudRepository<Nomination, UUID> {

    List<Nomination> findByProgrammeId(UUID programmeId);

    @Query("SELECT nomination_id FROM review_assignment WHERE reviewer_id = :reviewer")
    List<UUID> assignedTo(UUID reviewer);
}
