package org.citycast.society.registration;

/** The association's four-way view of a society's health (健康状况). */
public enum HealthTier {
    /** 组织机构健全、活动能力较强 */
    SOUND_ACTIVE,
    /** 组织结构健全，但活动能力一般 */
    SOUND_WEAK,
    /** 组织机构不全且活动不能正常开展 */
    INCOMPLETE,
    /** 处于停滞状态，名存实亡 */
    DORMANT
}
