package org.citycast.publicity.site;

import java.time.Instant;
import java.util.UUID;

/** A society's sub-site: what the register says of it, and what its secretariat wrote for the public. */
public record SocietySite(UUID societyId, String name, String shortName, String disciplineCategory, String hostUnit,
        String creditCode, String partyOrganisation, String status, String statusReason, String introduction,
        String features, String contact, Instant openedAt, Instant updatedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** What a site of a society no longer in good standing says at its top. */
    public String standingNotice() {
        return switch (status) {
            case "ACTIVE" -> null;
            case "DISQUALIFIED" -> "该学会已被解除市科协所属学会资格，本站内容仅供查阅，不再更新。";
            case "DEREGISTERING" -> "该学会正在办理清算注销手续。";
            case "DEREGISTERED" -> "该学会已依法注销，本站内容仅供查阅，不再更新。";
            default -> "该学会目前不在市科协所属学会之列。";
        };
    }

    public String categoryName() {
        return Labels.category(disciplineCategory);
    }

    public String partyOrganisationName() {
        return Labels.partyOrganisation(partyOrganisation);
    }

    /** The introduction, or a plain one made from the register until the secretariat writes its own. */
    public String introductionOrDefault() {
        if (introduction != null && !introduction.isBlank()) {
            return introduction;
        }
        return name + (shortName == null ? "" : "（简称" + shortName + "）") + "是济宁市科学技术协会所属的市级学会"
                + (hostUnit == null ? "" : "，挂靠单位为" + hostUnit) + (disciplineCategory == null ? ""
                        : "，属" + categoryName() + "类学会") + "。";
    }
}
