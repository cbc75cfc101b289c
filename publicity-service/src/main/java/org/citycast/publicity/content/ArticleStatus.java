package org.citycast.publicity.content;

/** Where an article is in its workflow: draft → in review → published → archived; a return goes back to draft. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
