package org.citycast.society.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.citycast.society.registration.HealthTier;
import org.junit.jupiter.api.Test;

class StandingRulesTest {

    @Test
    void twoConsecutiveMissedYearsCount() {
        assertThat(StandingRules.grounds(List.of(2024, 2025), HealthTier.SOUND_WEAK))
                .contains("连续两年（2024年、2025年）未参加年检");
        assertThat(StandingRules.grounds(List.of(2019, 2022, 2023), HealthTier.SOUND_ACTIVE))
                .contains("连续两年（2022年、2023年）未参加年检");
    }

    @Test
    void missedYearsWithAGapDoNot() {
        assertThat(StandingRules.grounds(List.of(2021, 2023, 2025), HealthTier.SOUND_ACTIVE)).isEmpty();
        assertThat(StandingRules.grounds(List.of(2025), HealthTier.INCOMPLETE)).isEmpty();
        assertThat(StandingRules.grounds(List.of(), HealthTier.SOUND_ACTIVE)).isEmpty();
    }

    @Test
    void aDormantSocietyGoesDownWhateverItsInspections() {
        assertThat(StandingRules.grounds(List.of(), HealthTier.DORMANT)).contains("处于停滞状态，名存实亡");
        assertThat(StandingRules.grounds(List.of(2024, 2025), HealthTier.DORMANT))
                .contains("连续两年（2024年、2025年）未参加年检；处于停滞状态，名存实亡");
    }

    @Test
    void lettersAreDatedTheChineseWay() {
        assertThat(DisqualificationLetter.chineseDate(LocalDate.of(2026, 11, 29))).isEqualTo("2026年11月29日");
    }
}
