package org.citycast.expert.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PublicNotices extends ListCrudRepository<PublicNotice, UUID> {

    List<PublicNotice> findByClosesAtAfterOrderByOpenedAtDesc(Instant moment);
}
