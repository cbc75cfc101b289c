package org.citycast.society.registration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Societies extends ListCrudRepository<Society, UUID> {

    boolean existsByCreditCode(String creditCode);

    boolean existsByNameAndIdNot(String name, UUID id);

    boolean existsByShortNameAndIdNot(String shortName, UUID id);

    List<Society> findByStatus(SocietyStatus status);
}
