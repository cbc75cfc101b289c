package org.citycast.funding.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.funding.acquittal.Acquittals;
import org.citycast.funding.acquittal.OverdueReports;
import org.citycast.funding.acquittal.ReportForm;
import org.citycast.funding.agreement.AgreementService;
import org.citycast.funding.agreement.AgreementTerms;
import org.citycast.funding.application.ApplicationForm;
import org.citycast.funding.application.Applications;
import org.citycast.funding.application.BudgetLine;
import org.citycast.funding.application.GrantView;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.call.CallTerms;
import org.citycast.funding.call.CallView;
import org.citycast.funding.call.Calls;
import org.citycast.funding.catalogue.ActivityTag;
import org.citycast.funding.decision.Decisions;
import org.citycast.funding.expert.ExpertProfile;
import org.citycast.funding.expert.ExpertRoster;
import org.citycast.funding.financing.Financing;
import org.citycast.funding.financing.Instrument;
import org.citycast.funding.financing.LinkForm;
import org.citycast.funding.platform.AssociationTime;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.citycast.funding.review.Reviews;
import org.citycast.funding.society.KnownSocieties;
import org.citycast.funding.society.KnownSociety;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loads the year's demo grants once funding-service has heard of the demo register from
 * {@code society.events} (it polls, since the register arrives asynchronously). The demo reviewer
 * is the realm's {@code reviewer1}; if expert-service has not published them within about two
 * minutes, they are recorded provisionally, to be replaced by the pool's first event about them.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoData {

    static final UUID SECRETARY1_SOCIETY = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID SECRETARY2_SOCIETY = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID REVIEWER1 = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final String CALL_TITLE = "年度学会活动资助";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final byte[] RECEIPT = "%PDF-1.4\n% demo receipt\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final CurrentUser REVIEWER = new CurrentUser("reviewer1", Set.of("REVIEWER"), Optional.empty(),
            Optional.of(REVIEWER1));

    private final KnownSocieties societies;
    private final ExpertRoster roster;
    private final Budgets budgets;
    private final Calls calls;
    private final Applications applications;
    private final Reviews reviews;
    private final Decisions decisions;
    private final AgreementService agreements;
    private final Acquittals acquittals;
    private final OverdueReports overdue;
    private final Financing financing;
    private final Clock clock;
    private boolean loaded;
    private int waits;

    @SuppressWarnings("java:S107")
    DemoData(KnownSocieties societies, ExpertRoster roster, Budgets budgets, Calls calls, Applications applications,
            Reviews reviews, Decisions decisions, AgreementService agreements, Acquittals acquittals,
            OverdueReports overdue, Financing financing, Clock clock) {
        this.societies = societies;
        this.roster = roster;
        this.budgets = budgets;
        this.calls = calls;
        this.applications = applications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.agreements = agreements;
        this.acquittals = acquittals;
        this.overdue = overdue;
        this.financing = financing;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT10S")
    void loadOnceTheRegisterIsKnown() {
        if (loaded) {
            return;
        }
        LocalDate today = AssociationTime.today(clock);
        String title = today.getYear() + CALL_TITLE;
        if (calls.exists(today.getYear(), title)) {
            loaded = true;
            log.info("Demo grants already loaded");
            return;
        }
        List<KnownSociety> active = societies.findAll().stream().filter(KnownSociety::isActive)
                .sorted(Comparator.comparing(KnownSociety::getId)).toList();
        boolean secretariesKnown = active.stream().anyMatch(s -> s.getId().equals(SECRETARY1_SOCIETY))
                && active.stream().anyMatch(s -> s.getId().equals(SECRETARY2_SOCIETY));
        if (active.size() < 16 || !secretariesKnown) {
            log.info("Demo grants wait for the demo register ({} active societies known so far)", active.size());
            return;
        }
        if (roster.find(REVIEWER1).isEmpty() && waits++ < 12) {
            log.info("Demo grants wait for expert-service to publish reviewer1 ({})", REVIEWER1);
            return;
        }
        roster.provisional(REVIEWER1, "刘敏", "济宁医学院");
        load(today, title, active);
        loaded = true;
    }

    private record Plan(String state, String subItem, ActivityTag tag, int amount) {
    }

    /** Every state of a grant's life; the overdue one comes last, as it blocks its society from applying. */
    private static final List<Plan> PLANS = List.of(
            new Plan("CLOSED", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 30000),
            new Plan("CLOSED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 12000),
            new Plan("CLOSED", "HOSTED_MEETING", ActivityTag.KEY_ACTIVITY, 28000),
            new Plan("CLOSED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 15000),
            new Plan("CLOSED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 8000),
            new Plan("CLOSED", "MEMBER_CONGRESS", ActivityTag.KEY_ACTIVITY, 10000),
            new Plan("REPORT_ACCEPTED", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 25000),
            new Plan("REPORT_ACCEPTED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 9000),
            new Plan("REPORTED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 16000),
            new Plan("REPORTED", "INTERNAL_JOURNAL", ActivityTag.SOCIAL_SERVICE, 6000),
            new Plan("REPORTED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 7000),
            new Plan("AGREED_PAID", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 20000),
            new Plan("AGREED_PAID", "HOSTED_MEETING", ActivityTag.KEY_ACTIVITY, 26000),
            new Plan("AGREED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 10000),
            new Plan("AGREED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 12000),
            new Plan("APPROVED", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 18000),
            new Plan("APPROVED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 8000),
            new Plan("APPROVED", "MEMBER_CONGRESS", ActivityTag.SOCIAL_SERVICE, 9000),
            new Plan("REJECTED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 22000),
            new Plan("REJECTED", "INTERNAL_JOURNAL", ActivityTag.SOCIAL_SERVICE, 15000),
            new Plan("REJECTED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 20000),
            new Plan("REVIEWED", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 24000),
            new Plan("REVIEWED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 11000),
            new Plan("REVIEWED", "HOSTED_MEETING", ActivityTag.KEY_ACTIVITY, 30000),
            new Plan("IN_REVIEW_SCORED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 14000),
            new Plan("IN_REVIEW_SCORED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 9000),
            new Plan("IN_REVIEW", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 27000),
            new Plan("IN_REVIEW", "MEMBER_CONGRESS", ActivityTag.SOCIAL_SERVICE, 8000),
            new Plan("WITHDRAWN", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 10000),
            new Plan("WITHDRAWN", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 6000),
            new Plan("RETURNED", "INTERNAL_JOURNAL", ActivityTag.SOCIAL_SERVICE, 12000),
            new Plan("RETURNED", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 20000),
            new Plan("SUBMITTED", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 10000),
            new Plan("SUBMITTED", "HOSTED_MEETING", ActivityTag.KEY_ACTIVITY, 25000),
            new Plan("SUBMITTED", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 13000),
            new Plan("DRAFT", "ANNUAL_CONFERENCE", ActivityTag.KEY_ACTIVITY, 22000),
            new Plan("DRAFT", "POPULAR_SCIENCE", ActivityTag.PUBLIC_WELFARE, 5000),
            new Plan("DRAFT", "MEMBER_CONGRESS", ActivityTag.SOCIAL_SERVICE, 8000),
            new Plan("OVERDUE", "EXCHANGE_ACTIVITY", ActivityTag.SOCIAL_SERVICE, 12000));

    /** Which plans belong to the demo secretaries' societies, so that secretary1 and secretary2 see a bit of everything. */
    private static final Map<Integer, UUID> OWNERS = Map.of(
            0, SECRETARY1_SOCIETY, 11, SECRETARY1_SOCIETY, 35, SECRETARY1_SOCIETY,
            1, SECRETARY2_SOCIETY, 8, SECRETARY2_SOCIETY, 32, SECRETARY2_SOCIETY);

    private void load(LocalDate today, String title, List<KnownSociety> active) {
        int year = today.getYear();
        budgets.allocate(year, "ACADEMIC_EXCHANGE", new BigDecimal("260000.00"));
        budgets.allocate(year, "PUBLIC_SERVICE", new BigDecimal("100000.00"));
        budgets.allocate(year, "SOCIETY_CAPACITY", new BigDecimal("60000.00"));
        LocalDate opens = LocalDate.of(year, 1, 5).isBefore(today.minusDays(30)) ? LocalDate.of(year, 1, 5)
                : today.minusDays(30);
        CallView call = calls.open(new CallTerms(year, title,
                "科协主办、学会承办：资助学会学术年会、学术交流、科普活动和学会建设。", opens, today.plusDays(45),
                new BigDecimal("30000.00"), List.of("ACADEMIC_EXCHANGE", "PUBLIC_SERVICE", "SOCIETY_CAPACITY"), null));
        Set<UUID> reviewerSocieties = roster.find(REVIEWER1).map(ExpertProfile::societyIds).orElse(Set.of());
        String employer = roster.find(REVIEWER1).map(ExpertProfile::employer).orElse("");
        // the demo reviewer must be free to review them all: no co-organiser that employs them
        List<String> organisers = CO_ORGANISERS.stream()
                .filter(o -> employer == null || employer.isBlank() || !(o.contains(employer) || employer.contains(o)))
                .toList();
        List<KnownSociety> others = active.stream()
                .filter(s -> !s.getId().equals(SECRETARY1_SOCIETY) && !s.getId().equals(SECRETARY2_SOCIETY))
                .filter(s -> !reviewerSocieties.contains(s.getId())).toList();
        int loadedCount = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            UUID society = OWNERS.getOrDefault(i, others.get(i % others.size()).getId());
            String name = active.stream().filter(s -> s.getId().equals(society)).findFirst()
                    .map(KnownSociety::getName).orElse("学会");
            try {
                advance(call, society, name, PLANS.get(i), i, today, organisers);
                loadedCount++;
            } catch (DomainException refused) {
                log.warn("Demo grant {} ({}) of {} stopped: {}", i, PLANS.get(i).state(), name, refused.getMessage());
            }
        }
        overdue.check();
        links(active, today);
        log.info("Demo grants loaded: {} of {} applications, budget {} yuan", loadedCount, PLANS.size(),
                budgets.budget(year).allocated());
    }

    private void advance(CallView call, UUID society, String name, Plan plan, int i, LocalDate today,
            List<String> organisers) {
        boolean past = Set.of("CLOSED", "REPORT_ACCEPTED", "REPORTED", "OVERDUE").contains(plan.state());
        LocalDate start = past ? today.minusDays(80 - i) : today.plusDays(20 + i);
        if (plan.state().equals("OVERDUE")) {
            start = today.minusDays(75);
        }
        BigDecimal amount = new BigDecimal(plan.amount() + ".00");
        ApplicationForm form = new ApplicationForm(call.id(), plan.subItem(), plan.tag(), title(name, plan.subItem(),
                today.getYear()), start, start.plusDays(1), VENUES.get(i % VENUES.size()), 80 + (i * 37) % 400,
                i % 3 == 0 && !organisers.isEmpty() ? List.of(organisers.get(i % organisers.size())) : List.of(),
                List.of(new BudgetLine("场地及设备租赁", amount.multiply(new BigDecimal("0.5")).setScale(2)),
                        new BudgetLine("专家咨询费", amount.multiply(new BigDecimal("0.3")).setScale(2)),
                        new BudgetLine("资料印刷", amount.multiply(new BigDecimal("0.2")).setScale(2))),
                amount);
        UUID id = applications.draft(society, form, CurrentUser.SYSTEM).id();
        if (plan.state().equals("DRAFT")) {
            return;
        }
        applications.submit(id, CurrentUser.SYSTEM);
        switch (plan.state()) {
            case "SUBMITTED" -> {
                return;
            }
            case "WITHDRAWN" -> {
                applications.withdraw(id, "活动延期至明年举办", CurrentUser.SYSTEM);
                return;
            }
            case "RETURNED" -> {
                applications.formalCheck(id, false, "请补充协办单位盖章确认函和详细预算说明");
                return;
            }
            default -> applications.formalCheck(id, true, null);
        }
        UUID reviewer = assignReviewer(id);
        if (plan.state().equals("IN_REVIEW")) {
            return;
        }
        int score = 60 + (i * 7) % 35;
        CurrentUser scorer = reviewer.equals(REVIEWER1) ? REVIEWER
                : new CurrentUser("expert-" + reviewer, Set.of("REVIEWER"), Optional.empty(), Optional.of(reviewer));
        reviews.score(id, Map.of("significance", score, "feasibility", Math.min(100, score + 5), "budget",
                Math.max(0, score - 5)), "方案具体，预算基本合理。", scorer);
        if (plan.state().equals("IN_REVIEW_SCORED")) {
            return;
        }
        reviews.close(id);
        switch (plan.state()) {
            case "REVIEWED" -> {
                return;
            }
            case "REJECTED" -> {
                decisions.reject(id, "与本年度资助重点不符，建议明年结合学术月活动申报");
                return;
            }
            default -> {
            }
        }
        BigDecimal approved = i % 4 == 1 ? amount.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP)
                : amount;
        GrantView grant = decisions.approve(id, approved);
        if (plan.state().equals("APPROVED")) {
            return;
        }
        BigDecimal first = approved.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
        LocalDate signed = past ? start.minusDays(20) : today.minusDays(5);
        agreements.sign(id, new AgreementTerms(signed, null, "按《市科协学会活动资助管理办法》执行",
                List.of(new AgreementTerms.PlannedTranche(first, signed.plusDays(5), "协议签订后拨付"),
                        new AgreementTerms.PlannedTranche(approved.subtract(first), grant.plannedEnd().plusDays(40),
                                "结项报告通过后拨付"))));
        if (plan.state().equals("AGREED")) {
            return;
        }
        agreements.pay(id, 1, signed.plusDays(5), "JN-" + today.getYear() + "-" + (1000 + i));
        if (plan.state().equals("AGREED_PAID") || plan.state().equals("OVERDUE")) {
            return;
        }
        BigDecimal spent = i % 3 == 0 ? approved.multiply(new BigDecimal("0.92")).setScale(2, RoundingMode.HALF_UP)
                : approved;
        acquittals.write(id, new ReportForm("活动如期举办，达到预期效果，详见附件。", 60 + (i * 41) % 500, start,
                start.plusDays(1), List.of(new ReportForm.ActualLine("场地及设备租赁",
                        spent.subtract(spent.multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP))),
                new ReportForm.ActualLine("专家咨询费", spent.multiply(new BigDecimal("0.4"))
                        .setScale(2, RoundingMode.HALF_UP)))), CurrentUser.SYSTEM);
        acquittals.attach(id, "支出凭证.pdf", RECEIPT, CurrentUser.SYSTEM);
        acquittals.submit(id, CurrentUser.SYSTEM);
        if (plan.state().equals("REPORTED")) {
            return;
        }
        acquittals.review(id, true, "材料齐全，同意结项");
        if (plan.state().equals("REPORT_ACCEPTED")) {
            return;
        }
        if (i % 2 == 0) {
            agreements.pay(id, 2, today.minusDays(3), "JN-" + today.getYear() + "-" + (2000 + i));
        }
        acquittals.close(id);
    }

    /**
     * reviewer1 where they have no conflict (so that the demo user has work to see), otherwise the
     * first expert of the pool who has none: recusal decides, as it would for ADMIN.
     */
    private UUID assignReviewer(UUID application) {
        List<UUID> candidates = new ArrayList<>(List.of(REVIEWER1));
        roster.inPool().stream().map(ExpertProfile::id).filter(id -> !id.equals(REVIEWER1)).forEach(candidates::add);
        DomainException last = null;
        for (UUID candidate : candidates) {
            try {
                reviews.assign(application, List.of(candidate), CurrentUser.SYSTEM);
                return candidate;
            } catch (DomainException conflicted) {
                last = conflicted;
            }
        }
        throw last;
    }

    private void links(List<KnownSociety> active, LocalDate today) {
        List<KnownSociety> partners = new ArrayList<>(active.subList(0, Math.min(12, active.size())));
        for (int i = 0; i < 16; i++) {
            KnownSociety society = partners.get(i % partners.size());
            String[] institution = INSTITUTIONS.get(i % INSTITUTIONS.size());
            Instrument instrument = Instrument.valueOf(institution[1]);
            BigDecimal amount = instrument == Instrument.LOAN || instrument == Instrument.TECH_TRANSFER_FUND
                    ? new BigDecimal(200000 + i * 50000 + ".00") : null;
            try {
                financing.record(society.getId(), new LinkForm(institution[0], instrument, amount,
                        today.minusMonths(10 - i % 10), i % 4 == 0 ? today.plusYears(2) : null,
                        "科技金融对接会签约项目"), CurrentUser.SYSTEM);
            } catch (DomainException refused) {
                log.warn("Demo financing link {} stopped: {}", i, refused.getMessage());
            }
        }
    }

    private static String title(String society, String subItem, int year) {
        String name = society.startsWith("济宁市") ? society.substring(3) : society;
        return switch (subItem) {
            case "ANNUAL_CONFERENCE" -> name + year + "年学术年会";
            case "EXCHANGE_ACTIVITY" -> name + "专题学术交流活动";
            case "HOSTED_MEETING" -> "承办全省" + name.replace("学会", "") + "专业学术会议";
            case "POPULAR_SCIENCE" -> name + "科普进社区活动";
            case "INTERNAL_JOURNAL" -> name + "会刊编印";
            case "MEMBER_CONGRESS" -> name + "会员代表大会";
            default -> name + "学会活动";
        };
    }

    private static final List<String> VENUES = List.of("济宁市科技馆报告厅", "济宁学院学术交流中心", "济宁医学院会议中心",
            "任城区文化中心", "太白湖新区市民中心", "曲阜师范大学报告厅");

    private static final List<String> CO_ORGANISERS = List.of("济宁医学院", "济宁学院", "曲阜师范大学", "山东理工职业学院");

    private static final List<String[]> INSTITUTIONS = List.of(
            new String[] {"济宁银行科技支行", "LOAN"},
            new String[] {"齐鲁科技成果转化基金", "TECH_TRANSFER_FUND"},
            new String[] {"济宁高新区创业服务中心", "INCUBATOR"},
            new String[] {"济宁市众创空间联盟", "MAKER_SPACE"},
            new String[] {"中国建设银行济宁分行", "LOAN"},
            new String[] {"山东省科技成果转化引导基金", "TECH_TRANSFER_FUND"},
            new String[] {"太白湖新区科技企业孵化器", "INCUBATOR"},
            new String[] {"济宁农商银行", "LOAN"},
            new String[] {"任城区创客空间", "MAKER_SPACE"},
            new String[] {"济宁产业投资基金", "TECH_TRANSFER_FUND"},
            new String[] {"兖州工业园区孵化基地", "INCUBATOR"},
            new String[] {"中国工商银行济宁分行", "LOAN"},
            new String[] {"济宁科技金融服务中心", "OTHER"},
            new String[] {"曲阜大学科技园", "INCUBATOR"});
}
