package org.citycast.publicity.content;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An article as its author writes it; {@code body} is HTML, cleaned before it is stored. */
record ArticleRequest(@NotNull ArticleKind kind, UUID columnId, UUID societyId, UUID campaignId,
        @NotBlank @Size(max = 200) String title, @Size(max = 500) String summary,
        @NotBlank @Size(max = 200_000) String body, Set<Channel> channels, @Valid Person person) {

    /** Whom a profile is about: a pool expert by id (their public fields are taken from the pool), or by hand. */
    record Person(@Size(max = 100) String name, @Size(max = 100) String title, @Size(max = 200) String employer,
            UUID expertId, Boolean disciplineLeader) {

        boolean leader() {
            return Boolean.TRUE.equals(disciplineLeader);
        }
    }
}
