package org.citycast.expert.notice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Objections extends ListCrudRepository<Objection, UUID> {

    Optional<Objection> findByReceipt(String receipt);

    List<Objection> findByNoticeIdOrderByFiledAt(UUID noticeId);

    long countByNoticeIdAndStatus(UUID noticeId, Objection.Status status);
}
