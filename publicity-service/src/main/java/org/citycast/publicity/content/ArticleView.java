package org.citycast.publicity.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as the API returns it to its authors and editors. */
record ArticleView(UUID id, ArticleKind kind, UUID columnId, UUID societyId, UUID campaignId, String title,
        String summary, String body, List<String> channels, Person person, ArticleStatus status, String reviewComment,
        String author, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant publishedAt,
        Instant archivedAt, String url) {

    record Person(String name, String title, String employer, UUID expertId, boolean disciplineLeader) {
    }

    static ArticleView of(Article a) {
        Person person = a.getKind() == ArticleKind.PROFILE ? new Person(a.getPersonName(), a.getPersonTitle(),
                a.getPersonEmployer(), a.getExpertId(), a.isDisciplineLeader()) : null;
        return new ArticleView(a.getId(), a.getKind(), a.getColumnId(), a.getSocietyId(), a.getCampaignId(),
                a.getTitle(), a.getSummary(), a.getBody(), a.getChannels(), person, a.getStatus(),
                a.getReviewComment(), a.getAuthor(), a.getCreatedAt(), a.getUpdatedAt(), a.getSubmittedAt(),
                a.getPublishedAt(), a.getArchivedAt(),
                a.getStatus() == ArticleStatus.PUBLISHED ? "/site/articles/" + a.getId() : null);
    }
}
