package org.citycast.society.activity;

import org.citycast.society.registration.HealthTier;

/** The tier a society's last twelve months of activity imply. */
final class HealthRule {

    private HealthRule() {
    }

    /**
     * @param held        events held in the window as organiser or co-organiser
     * @param signsOfLife plans filed and events published or cancelled in the window
     * @param activeFrom  how many held events make a society sound and active
     */
    static HealthTier tier(int held, int signsOfLife, int activeFrom) {
        if (held >= activeFrom) {
            return HealthTier.SOUND_ACTIVE;
        }
        if (held > 0) {
            return HealthTier.SOUND_WEAK;
        }
        return signsOfLife > 0 ? HealthTier.INCOMPLETE : HealthTier.DORMANT;
    }

    /** The rule in words, for the activity view. */
    static String describe(int activeFrom, int months) {
        return "Over the last " + months + " months: " + activeFrom + " or more events held (as organiser or "
                + "co-organiser) is SOUND_ACTIVE; 1 to " + (activeFrom - 1) + " is SOUND_WEAK; none held but a plan "
                + "filed or an event published or cancelled is INCOMPLETE; nothing at all is DORMANT.";
    }
}
