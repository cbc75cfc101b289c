package org.citycast.expert.pool;

import java.util.List;
import java.util.UUID;

/**
 * The expert as every pool event carries them: what recusal (societies, employer), speakers and
 * profiles need, and no personal data beyond name, title and employer (no phone, ID number,
 * e-mail, gender or birth year).
 */
public record ExpertSummary(UUID id, String name, String title, TitleLevel titleLevel, String employer,
        Category category, List<UUID> societies, List<String> pools, boolean committeeMember,
        List<String> expertise) {

    static ExpertSummary of(Expert expert) {
        return new ExpertSummary(expert.getId(), expert.getName(), expert.getTitle(), expert.getTitleLevel(),
                expert.getEmployer(), expert.getCategory(), List.copyOf(expert.societyIds()), expert.activePools(),
                expert.isCommitteeMember(), expert.getExpertise());
    }
}
