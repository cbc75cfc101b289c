package org.citycast.society.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycast.society.registration.HealthTier;
import org.junit.jupiter.api.Test;

class HealthRuleTest {

    @Test
    void threeHeldEventsMakeASocietySoundAndActive() {
        assertThat(HealthRule.tier(3, 0, 3)).isEqualTo(HealthTier.SOUND_ACTIVE);
        assertThat(HealthRule.tier(12, 4, 3)).isEqualTo(HealthTier.SOUND_ACTIVE);
    }

    @Test
    void oneOrTwoHeldIsSoundButWeak() {
        assertThat(HealthRule.tier(1, 0, 3)).isEqualTo(HealthTier.SOUND_WEAK);
        assertThat(HealthRule.tier(2, 9, 3)).isEqualTo(HealthTier.SOUND_WEAK);
    }

    @Test
    void plansWithoutHeldEventsAreIncompleteAndNothingAtAllIsDormant() {
        assertThat(HealthRule.tier(0, 1, 3)).isEqualTo(HealthTier.INCOMPLETE);
        assertThat(HealthRule.tier(0, 0, 3)).isEqualTo(HealthTier.DORMANT);
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(HealthRule.tier(4, 0, 5)).isEqualTo(HealthTier.SOUND_WEAK);
        assertThat(HealthRule.describe(5, 12)).contains("5 or more").contains("1 to 4");
    }
}
