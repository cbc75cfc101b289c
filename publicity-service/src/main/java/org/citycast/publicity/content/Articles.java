package org.citycast.publicity.content;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Articles extends ListCrudRepository<Article, UUID> {

    List<Article> findByExpertId(UUID expertId);
}
