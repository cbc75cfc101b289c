package org.citycast.society.functiontransfer;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Projects extends ListCrudRepository<Project, UUID> {
}
