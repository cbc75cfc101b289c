package org.citycast.expert.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A proposal as its authors and ADMIN read it. */
public record ProposalView(UUID id, int year, String title, String summary, String topic, Proposal.Status status,
        List<Author> authors, Instant filedAt, String forwardedTo, Instant forwardedAt, String feedback,
        Adoption adoption, Instant answeredAt, List<Attachments.Attachment> attachments) {
}
