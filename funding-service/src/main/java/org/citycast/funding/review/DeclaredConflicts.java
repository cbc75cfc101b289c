package org.citycast.funding.review;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DeclaredConflicts extends ListCrudRepository<DeclaredConflict, UUID> {

    List<DeclaredConflict> findByExpertIdAndSocietyId(UUID expertId, UUID societyId);
}
