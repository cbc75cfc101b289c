package org.citycast.publicity.society;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface KnownSocieties extends ListCrudRepository<KnownSociety, UUID> {
}
