package org.citycast.expert.award;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AwardProgrammes extends ListCrudRepository<AwardProgramme, UUID> {

    List<AwardProgramme> findByYearOrderByName(int year);

    boolean existsByYearAndName(int year, String name);
}
