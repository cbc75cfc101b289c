package org.citycast.society.registration;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface Societies extends ListCrudRepository<Society, UUID>, PagingAndSortingRepository<Society, UUID> {
}
