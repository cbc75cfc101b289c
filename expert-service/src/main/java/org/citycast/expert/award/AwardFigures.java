package org.citycast.expert.award;

import java.util.Map;
import java.util.UUID;

/** A programme's count of nominations (withdrawn ones aside) and of winners per class. */
public record AwardFigures(UUID programmeId, String name, AwardKind kind, Stage stage, long nominations,
        Map<String, Long> winnersByClass) {
}
