package org.citycast.society.registration;

import org.springframework.modulith.NamedInterface;

/** The association's four-way view of a society's health (健康状况). */
@NamedInterface({"register", "lifecycle", "events"})
public enum HealthTier {
    /** 组织机构健全、活动能力较强 */
    SOUND_ACTIVE("健全活跃"),
    /** 组织结构健全，但活动能力一般 */
    SOUND_WEAK("健全一般"),
    /** 组织机构不全且活动不能正常开展 */
    INCOMPLETE("机构不全"),
    /** 处于停滞状态，名存实亡 */
    DORMANT("停滞");

    private final String label;

    HealthTier(String label) {
        this.label = label;
    }

    /** The Chinese word staff use, for exports and letters. */
    public String label() {
        return label;
    }
}
