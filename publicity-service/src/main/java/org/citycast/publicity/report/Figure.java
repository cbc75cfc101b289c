package org.citycast.publicity.report;

import java.util.List;

/**
 * The figures a report may name, with the Chinese label its tables use. A template may use
 * {@code {{name}}} for any of them, and nothing else.
 */
enum Figure {
    YEAR("year", "年度", ""),
    SOCIETIES_START("societies.startOfYear", "年初所属学会", "个"),
    SOCIETIES_END("societies.endOfYear", "年末所属学会", "个"),
    SOCIETIES_ON_REGISTER("societies.onRegister", "在册学会（含停止、注销）", "个"),
    SOCIETIES_JOINED("societies.joined", "新加入学会", "个"),
    SOCIETIES_FOUNDED("societies.founded", "新成立学会", "个"),
    SOCIETIES_DISQUALIFIED("societies.disqualified", "解除资格学会", "个"),
    SOCIETIES_DEREGISTERED("societies.deregistered", "注销学会", "个"),
    HEALTH_SOUND_ACTIVE("health.soundActive", "组织健全、活动能力较强", "个"),
    HEALTH_SOUND_WEAK("health.soundWeak", "组织健全、活动能力一般", "个"),
    HEALTH_INCOMPLETE("health.incomplete", "组织机构不全", "个"),
    HEALTH_DORMANT("health.dormant", "处于停滞状态", "个"),
    PARTY_COVERED("party.covered", "已建党组织的学会", "个"),
    PARTY_PERCENT("party.percent", "党组织覆盖率", "%"),
    RE_ELECTIONS("reElections", "完成换届", "个"),
    INSPECTIONS_QUALIFIED("inspections.qualified", "年检合格", "个"),
    INSPECTIONS_BASICALLY("inspections.basicallyQualified", "年检基本合格", "个"),
    INSPECTIONS_UNQUALIFIED("inspections.unqualified", "年检不合格", "个"),
    INSPECTIONS_MISSED("inspections.missed", "未参加年检", "个"),
    GRADES_AWARDED("grades.awarded", "获评社会组织评估等级的学会", "个"),
    GRADES_THREE_A("grades.threeAOrAbove", "其中3A级以上", "个"),
    FUNCTION_TRANSFER_PROJECTS("functionTransfer.projects", "承接政府转移职能和购买服务项目", "项"),
    FUNCTION_TRANSFER_AMOUNT("functionTransfer.contractAmount", "承接项目合同金额", "元"),
    FUNDING_GRANTED("funding.granted", "支持学会活动经费", "元"),
    FUNDING_GRANTS("funding.grants", "资助项目", "项"),
    FUNDING_KEY("funding.keyActivities", "重点活动", "项"),
    FUNDING_SOCIAL("funding.socialServiceProjects", "社会化服务项目", "项"),
    FUNDING_WELFARE("funding.publicWelfareActivities", "公益活动", "项"),
    FINANCING_SOCIETIES("financing.societies", "与金融机构合作的学会", "家"),
    FINANCING_INSTITUTIONS("financing.institutions", "合作金融机构", "家"),
    EXPERTS_SCIENCE("experts.scienceTech", "科技专家库专家", "人"),
    EXPERTS_POPULAR("experts.popularScience", "科普专家库专家", "人"),
    AWARDS_WORKERS("awards.outstandingWorkers", "优秀科技工作者", "名"),
    AWARDS_WORKER_NOMINATIONS("awards.outstandingWorkerNominations", "优秀科技工作者候选人", "名"),
    AWARDS_INNOVATION("awards.innovation", "自然科学学术创新奖", "项"),
    AWARDS_INNOVATION_ENTRIES("awards.innovationEntries", "自然科学学术创新奖申报", "项"),
    PROPOSALS_ADOPTED("proposals.adopted", "被采纳的专家建议", "项"),
    HALL_SESSIONS("hall.sessions", "学术会堂活动", "期"),
    EVENTS_HELD("events.held", "举办学术活动", "场"),
    EVENTS_ATTENDANCE("events.attendance", "参加活动", "人次"),
    OUTREACH_EVENTS("outreach.events", "社区科普活动", "场"),
    OUTREACH_BENEFICIARIES("outreach.beneficiaries", "受益群众", "人次"),
    PROFILES_PUBLISHED("profiles.published", "宣传报道科技人才", "名"),
    PROFILES_LEADERS("profiles.disciplineLeaders", "其中学科带头人", "位"),
    ARTICLES_PUBLISHED("articles.published", "发布学会动态", "篇"),
    VISITS_TOTAL("visits.total", "学会信息服务平台访问量", "次"),
    VISITS_PREVIOUS("visits.previousYear", "上年同期访问量", "次"),
    VISITS_GROWTH("visits.growthPercent", "访问量增长", "%");

    static final List<Figure> ALL = List.of(values());

    private final String key;
    private final String label;
    private final String unit;

    Figure(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    static java.util.Optional<Figure> byKey(String key) {
        return ALL.stream().filter(figure -> figure.key.equals(key)).findFirst();
    }
}
