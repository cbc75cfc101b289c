package org.citycast.expert.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RankingTest {

    static final List<AwardClass> CLASSES = List.of(new AwardClass("FIRST", "一等奖", 1),
            new AwardClass("SECOND", "二等奖", 2));
    static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void higherMeanTotalFirstComparedExactly() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        // a: (80 + 81 + 81) / 3 = 80.666..., b: (81 + 80) / 2 = 80.5; rounded they would look alike
        var ranked = Ranking.rank(List.of(
                new Ranking.Scored(b, List.of(List.of(40, 41), List.of(40, 40)), T),
                new Ranking.Scored(a, List.of(List.of(40, 40), List.of(40, 41), List.of(40, 41)), T.plusSeconds(1))),
                CLASSES);
        assertThat(ranked).extracting(Ranking.Ranked::nomination).containsExactly(a, b);
        assertThat(ranked.get(0).meanTotal()).isEqualByComparingTo("80.67");
    }

    @Test
    void aTieGoesToTheHigherFirstCriterionThenToTheEarlierNomination() {
        UUID strongFirst = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        var ranked = Ranking.rank(List.of(
                new Ranking.Scored(late, List.of(List.of(30, 50)), T.plusSeconds(60)),
                new Ranking.Scored(early, List.of(List.of(30, 50)), T),
                new Ranking.Scored(strongFirst, List.of(List.of(35, 45)), T.plusSeconds(120))), CLASSES);
        assertThat(ranked).extracting(Ranking.Ranked::nomination).containsExactly(strongFirst, early, late);
        assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3);
    }

    @Test
    void classesAreSuggestedDownTheRankingByQuota() {
        var ranked = Ranking.rank(List.of(
                new Ranking.Scored(UUID.randomUUID(), List.of(List.of(90)), T),
                new Ranking.Scored(UUID.randomUUID(), List.of(List.of(80)), T),
                new Ranking.Scored(UUID.randomUUID(), List.of(List.of(70)), T),
                new Ranking.Scored(UUID.randomUUID(), List.of(List.of(60)), T),
                new Ranking.Scored(UUID.randomUUID(), List.of(), T)), CLASSES);
        assertThat(ranked).extracting(Ranking.Ranked::suggestedClass)
                .containsExactly("FIRST", "SECOND", "SECOND", null);
    }
}
