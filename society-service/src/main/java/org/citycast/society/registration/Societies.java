package org.citycast.society.registration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Societies extends ListCrudRepository<Society, UUID> {

    boolean existsByCreditCode(String creditCode);

    List<Society> findByStatus(SocietyStatus status);
}
