package org.citycast.expert.proposal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Proposals extends ListCrudRepository<Proposal, UUID> {

    List<Proposal> findByYearOrderByFiledAtDesc(int year);

    @Query("SELECT DISTINCT proposal_id FROM proposal_author WHERE expert_id = :expert")
    List<UUID> byAuthor(UUID expert);
}
