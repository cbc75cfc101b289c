package org.citycast.expert.award;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A stage's owner (who runs it) and deadline, and when it opened and closed. */
@Table("award_stage")
public record StagePlan(Stage stage, String owner, LocalDate deadline, Instant openedAt, Instant closedAt) {

    StagePlan opened(Instant now) {
        return new StagePlan(stage, owner, deadline, now, null);
    }

    StagePlan closed(Instant now) {
        return new StagePlan(stage, owner, deadline, openedAt, now);
    }
}
