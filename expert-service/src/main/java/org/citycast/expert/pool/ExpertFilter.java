package org.citycast.expert.pool;

import java.util.UUID;

/**
 * What a list of experts is narrowed to: a pool they are in now, category, title level (exact, or
 * {@code minTitleLevel} and higher), a society they belong to, their status (ADMITTED unless asked
 * otherwise), committee seat, and {@code q}, a keyword matched against name, employer, title and expertise.
 */
public record ExpertFilter(String pool, Category category, TitleLevel titleLevel, TitleLevel minTitleLevel,
        UUID society, ExpertStatus status, Boolean committee, String q) {
}
