package org.citycast.publicity.content;

/** A news item, or a profile of a science and technology worker (人物风采). */
public enum ArticleKind {
    NEWS, PROFILE
}
