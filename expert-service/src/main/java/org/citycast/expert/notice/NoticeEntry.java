package org.citycast.expert.notice;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A nomination on public notice: who, from where, for what, in which class. */
@Table("notice_entry")
public record NoticeEntry(UUID nominationId, String candidateName, String employer, String candidateTitle,
        String workTitle, String awardClass, String awardClassName, UUID societyId, String societyName,
        String category) {
}
