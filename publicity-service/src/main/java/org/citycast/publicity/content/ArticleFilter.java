package org.citycast.publicity.content;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** What the article list may be narrowed by; a secretary's list is always narrowed to its own society. */
record ArticleFilter(ArticleStatus status, ArticleKind kind, UUID columnId, UUID societyId, @Size(max = 100) String q) {
}
