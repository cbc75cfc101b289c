package org.citycast.expert.proposal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An author of a proposal, as they stood when it was filed. */
@Table("proposal_author")
public record Author(UUID expertId, String name, String title, String employer) {
}
