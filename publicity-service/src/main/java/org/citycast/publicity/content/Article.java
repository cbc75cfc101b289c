package org.citycast.publicity.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.publicity.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An article or talent profile. Its body is sanitised HTML; every change of status goes through the
 * workflow methods, which refuse an illegal step with a conflict naming it.
 */
@Table("article")
class Article {

    @Id
    private final UUID id;
    private ArticleKind kind;
    private UUID columnId;
    private UUID societyId;
    private UUID campaignId;
    private String title;
    private String summary;
    private String body;
    private List<String> channels;
    private String personName;
    private String personTitle;
    private String personEmployer;
    private UUID expertId;
    private boolean disciplineLeader;
    private ArticleStatus status;
    private String reviewComment;
    private final String author;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant publishedAt;
    private Instant archivedAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    Article(UUID id, ArticleKind kind, UUID columnId, UUID societyId, UUID campaignId, String title, String summary,
            String body, List<String> channels, String personName, String personTitle, String personEmployer,
            UUID expertId, boolean disciplineLeader, ArticleStatus status, String reviewComment, String author,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant publishedAt, Instant archivedAt,
            Long version) {
        this.id = id;
        this.kind = kind;
        this.columnId = columnId;
        this.societyId = societyId;
        this.campaignId = campaignId;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
        this.personName = personName;
        this.personTitle = personTitle;
        this.personEmployer = personEmployer;
        this.expertId = expertId;
        this.disciplineLeader = disciplineLeader;
        this.status = status;
        this.reviewComment = reviewComment;
        this.author = author;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.submittedAt = submittedAt;
        this.publishedAt = publishedAt;
        this.archivedAt = archivedAt;
        this.version = version;
    }

    static Article draft(UUID id, ArticleContent content, String author, Instant now) {
        Article article = new Article(id, content.kind(), null, null, null, null, null, null, List.of(), null, null,
                null, null, false, ArticleStatus.DRAFT, null, author, now, now, null, null, null, null);
        article.fill(content, now);
        return article;
    }

    /** Only a draft is edited; one in review is returned first. */
    void edit(ArticleContent content, Instant now) {
        requireEditable();
        fill(content, now);
    }

    void requireEditable() {
        requireStatus(ArticleStatus.DRAFT, "edited");
    }

    void submit(Instant now) {
        requireStatus(ArticleStatus.DRAFT, "submitted for review");
        status = ArticleStatus.IN_REVIEW;
        submittedAt = now;
        updatedAt = now;
    }

    void publish(Instant now) {
        requireStatus(ArticleStatus.IN_REVIEW, "published");
        status = ArticleStatus.PUBLISHED;
        reviewComment = null;
        publishedAt = now;
        updatedAt = now;
    }

    void returnToDraft(String comment, Instant now) {
        requireStatus(ArticleStatus.IN_REVIEW, "returned");
        status = ArticleStatus.DRAFT;
        reviewComment = comment;
        updatedAt = now;
    }

    void archive(Instant now) {
        requireStatus(ArticleStatus.PUBLISHED, "archived");
        status = ArticleStatus.ARCHIVED;
        archivedAt = now;
        updatedAt = now;
    }

    /** The linked pool expert changed their public profile: the profile says so too. */
    void followExpert(String name, String title, String employer, Instant now) {
        this.personName = name;
        this.personTitle = title;
        this.personEmployer = employer;
        this.updatedAt = now;
    }

    private void fill(ArticleContent content, Instant now) {
        this.kind = content.kind();
        this.columnId = content.columnId();
        this.societyId = content.societyId();
        this.campaignId = content.campaignId();
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.channels = content.channels().stream().map(Channel::name).sorted().toList();
        this.personName = content.personName();
        this.personTitle = content.personTitle();
        this.personEmployer = content.personEmployer();
        this.expertId = content.expertId();
        this.disciplineLeader = content.disciplineLeader();
        this.updatedAt = now;
    }

    private void requireStatus(ArticleStatus required, String step) {
        if (status != required) {
            throw DomainException.conflict("An article that is " + status + " cannot be " + step + "; it must be "
                    + required + ".");
        }
    }

    UUID getId() {
        return id;
    }

    ArticleKind getKind() {
        return kind;
    }

    UUID getColumnId() {
        return columnId;
    }

    UUID getSocietyId() {
        return societyId;
    }

    UUID getCampaignId() {
        return campaignId;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    String getBody() {
        return body;
    }

    List<String> getChannels() {
        return channels;
    }

    String getPersonName() {
        return personName;
    }

    String getPersonTitle() {
        return personTitle;
    }

    String getPersonEmployer() {
        return personEmployer;
    }

    UUID getExpertId() {
        return expertId;
    }

    boolean isDisciplineLeader() {
        return disciplineLeader;
    }

    ArticleStatus getStatus() {
        return status;
    }

    String getReviewComment() {
        return reviewComment;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getArchivedAt() {
        return archivedAt;
    }

    Long getVersion() {
        return version;
    }
}
