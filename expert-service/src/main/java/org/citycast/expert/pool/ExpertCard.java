package org.citycast.expert.pool;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who an expert is, for the other features: recusal (societies, employer), reviewer assignment
 * (category, committee seat) and authorship. Carries no personal data.
 */
public record ExpertCard(UUID id, String name, String title, TitleLevel titleLevel, String employer,
        Category category, Set<UUID> societies, List<String> pools, boolean committeeMember) {

    static ExpertCard of(Expert expert) {
        return new ExpertCard(expert.getId(), expert.getName(), expert.getTitle(), expert.getTitleLevel(),
                expert.getEmployer(), expert.getCategory(), Set.copyOf(expert.societyIds()), expert.activePools(),
                expert.isCommitteeMember());
    }

    public boolean inAnyPool() {
        return !pools.isEmpty();
    }

    public String employerKey() {
        return Expert.employerKey(employer);
    }
}
