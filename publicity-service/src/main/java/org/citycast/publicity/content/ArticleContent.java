package org.citycast.publicity.content;

import java.util.Set;
import java.util.UUID;

/** What an article says once checked and cleaned: the only way content reaches an {@link Article}. */
record ArticleContent(ArticleKind kind, UUID columnId, UUID societyId, UUID campaignId, String title, String summary,
        String body, Set<Channel> channels, String personName, String personTitle, String personEmployer,
        UUID expertId, boolean disciplineLeader) {
}
