package org.citycast.expert.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.award.AwardClass;
import org.citycast.expert.award.AwardKind;
import org.citycast.expert.award.AwardService;
import org.citycast.expert.award.Criterion;
import org.citycast.expert.award.Stage;
import org.citycast.expert.award.StagePlan;
import org.citycast.expert.notice.NoticeSettings;
import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.pool.Category;
import org.citycast.expert.pool.ExpertProfile;
import org.citycast.expert.pool.ExpertService;
import org.citycast.expert.pool.Gender;
import org.citycast.expert.pool.PoolNominationService;
import org.citycast.expert.pool.TitleLevel;
import org.citycast.expert.proposal.Adoption;
import org.citycast.expert.proposal.ProposalService;
import org.citycast.expert.society.KnownSocieties;
import org.citycast.expert.society.KnownSociety;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoData {

    static final UUID SOCIETY_OF_SECRETARY1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID SOCIETY_OF_SECRETARY2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    /** reviewer1's record (a member of secretary2's society) and expert1's. */
    static final UUID REVIEWER1 = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID EXPERT1 = UUID.fromString("44444444-4444-4444-8444-444444444444");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ExpertService experts;
    private final PoolNominationService poolNominations;
    private final AwardService awards;
    private final ProposalService proposals;
    private final KnownSocieties societies;
    private final NoticeSettings notice;
    private final Clock clock;

    DemoData(ExpertService experts, PoolNominationService poolNominations, AwardService awards,
            ProposalService proposals, KnownSocieties societies, NoticeSettings notice, Clock clock) {
        this.experts = experts;
        this.poolNominations = poolNominations;
        this.awards = awards;
        this.proposals = proposals;
        this.societies = societies;
        this.notice = notice;
        this.clock = clock;
    }

    /** In the background: the societies arrive from Kafka, perhaps only after this service is up. */
    @EventListener(ApplicationReadyEvent.class)
    void loadWhenSocietiesAreKnown() {
        Thread loader = new Thread(() -> {
            try {
                if (awaitSocieties(Duration.ofMinutes(10)) && !experts.exists(REVIEWER1)) {
                    load();
                    log.info("Demo data loaded: pools, committee, two award years, proposals");
                } else {
                    log.info("Demo data already loaded, or the demo societies never became known");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Demo data could not be loaded: {}", e.toString());
            }
        }, "expert-demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private boolean awaitSocieties(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (active(SOCIETY_OF_SECRETARY1) && active(SOCIETY_OF_SECRETARY2)) {
                return true;
            }
            Thread.sleep(2000);
        }
        return false;
    }

    private boolean active(UUID society) {
        return societies.findById(society).filter(KnownSociety::isActive).isPresent();
    }

    void load() throws InterruptedException {
        UUID medical = SOCIETY_OF_SECRETARY1;
        UUID nursing = SOCIETY_OF_SECRETARY2;
        List<UUID> committee = new ArrayList<>();
        committee.add(expert(REVIEWER1, "刘振华", Gender.MALE, 1968, "济宁医学院附属医院", "主任护师", Category.MEDICINE,
                "SCI_TECH", List.of("护理管理", "重症护理"), nursing));
        expert(EXPERT1, "陈立新", Gender.MALE, 1971, "济宁市第一人民医院", "主任医师", Category.MEDICINE, "SCI_TECH",
                List.of("心血管内科", "介入治疗"), medical);
        committee.add(expert(UUID.randomUUID(), "王建国", Gender.MALE, 1965, "济宁学院", "教授", Category.SCIENCE,
                "SCI_TECH", List.of("应用数学"), medical));
        committee.add(expert(UUID.randomUUID(), "李红梅", Gender.FEMALE, 1970, "济宁市中医院", "主任医师",
                Category.MEDICINE, "SCI_TECH", List.of("中医内科"), medical));
        committee.add(expert(UUID.randomUUID(), "张伟", Gender.MALE, 1969, "济宁市建筑设计研究院", "教授级高级工程师",
                Category.URBAN_CONSTRUCTION, "SCI_TECH", List.of("结构设计", "绿色建筑"), nursing));
        committee.add(expert(UUID.randomUUID(), "赵敏", Gender.FEMALE, 1974, "曲阜师范大学", "教授", Category.SCIENCE,
                "SCI_TECH", List.of("物理化学"), nursing));
        expert(UUID.randomUUID(), "孙晓东", Gender.MALE, 1978, "济宁市科技馆", "副研究馆员", Category.SCIENCE,
                "POPULAR_SCIENCE", List.of("科普展教", "青少年科技教育"), medical);
        expert(UUID.randomUUID(), "周丽", Gender.FEMALE, 1980, "济宁市疾病预防控制中心", "副主任医师", Category.MEDICINE,
                "POPULAR_SCIENCE", List.of("健康教育", "传染病防控"), nursing);
        expert(UUID.randomUUID(), "吴刚", Gender.MALE, 1975, "济宁市农业科学研究院", "研究员", Category.AGRICULTURE,
                "POPULAR_SCIENCE", List.of("小麦育种", "农技推广"), medical);
        expert(UUID.randomUUID(), "郑海燕", Gender.FEMALE, 1976, "国网济宁供电公司", "高级工程师",
                Category.ENERGY_ENVIRONMENT, "POPULAR_SCIENCE", List.of("新能源并网"), nursing);
        committee.forEach(id -> experts.appointToCommittee(id, true, CurrentUser.SYSTEM));

        // a candidate awaiting the committee's vote
        poolNominations.nominate(new PoolNominationService.NominationRequest("SCI_TECH", nursing, null,
                profile("钱雅琴", Gender.FEMALE, 1972, "济宁市第二人民医院", "主任护师", Category.MEDICINE,
                        List.of("护理教育"), List.of(nursing)), "护理学科带头人"), CurrentUser.SYSTEM);

        int year = AssociationTime.today(clock).getYear();
        lastYearsOutstandingWorkers(year - 1, committee);
        thisYearsInnovationAward(year, committee);
        proposals();
    }

    private void thisYearsInnovationAward(int year, List<UUID> committee) {
        UUID programme = programme(year, AwardKind.ACADEMIC_INNOVATION, year + "年度济宁市自然科学学术创新奖",
                List.of(new AwardClass("FIRST", "一等奖", 10), new AwardClass("SECOND", "二等奖", 30),
                        new AwardClass("THIRD", "三等奖", 63)),
                null);
        Map<String, String> entries = Map.of(
                "孙丽", "济宁市第一人民医院|冠心病介入治疗的临床研究|MEDICINE|" + SOCIETY_OF_SECRETARY1,
                "马强", "济宁市中医院|中药复方治疗慢性胃炎的研究|MEDICINE|" + SOCIETY_OF_SECRETARY1,
                "何静", "济宁医学院|重症监护患者早期康复护理研究|MEDICINE|" + SOCIETY_OF_SECRETARY2,
                "高磊", "兖州区人民医院|基层医院护理质量评价体系研究|MEDICINE|" + SOCIETY_OF_SECRETARY2);
        List<UUID> nominated = nominate(programme, entries);
        runThroughReview(programme, nominated, committee, List.of("FIRST", "SECOND", "SECOND", "THIRD"));
        awards.advance(programme, Stage.PUBLIC_NOTICE, CurrentUser.SYSTEM);
    }

    /**
     * Last year's year, taken to commendation. The notice runs the shortest period configured; on
     * a local run that is seconds, so the loader waits for it; otherwise the year stays on notice.
     */
    private void lastYearsOutstandingWorkers(int year, List<UUID> committee) throws InterruptedException {
        Duration period = notice.minimumPeriod();
        UUID programme = programme(year, AwardKind.OUTSTANDING_WORKER, year + "年度济宁市优秀科技工作者",
                List.of(new AwardClass("WORKER", "优秀科技工作者", 30)), period);
        Map<String, String> entries = Map.of(
                "陈立新", "济宁市第一人民医院|心血管疾病防治|MEDICINE|" + SOCIETY_OF_SECRETARY1 + "|" + EXPERT1,
                "韩梅", "济宁市妇幼保健院|母婴护理|MEDICINE|" + SOCIETY_OF_SECRETARY2,
                "冯涛", "济宁市第一人民医院|急诊医学|MEDICINE|" + SOCIETY_OF_SECRETARY1);
        List<UUID> nominated = nominate(programme, entries);
        runThroughReview(programme, nominated, committee, List.of("WORKER", "WORKER", "WORKER"));
        awards.advance(programme, Stage.PUBLIC_NOTICE, CurrentUser.SYSTEM);
        if (period.compareTo(Duration.ofMinutes(1)) <= 0) {
            Thread.sleep(period.toMillis() + 1000);
            awards.advance(programme, Stage.COMMENDATION, CurrentUser.SYSTEM);
        }
    }

    private UUID programme(int year, AwardKind kind, String name, List<AwardClass> classes, Duration noticePeriod) {
        LocalDate start = LocalDate.of(year, 3, 1);
        return awards.createProgramme(new AwardService.NewProgramme(year, kind, name, classes,
                List.of(new Criterion("innovation", "创新性", 40), new Criterion("impact", "社会经济效益", 30),
                        new Criterion("rigour", "科学性", 30)),
                2, noticePeriod, List.of(
                        new StagePlan(Stage.NOMINATION, "各学会", start.plusMonths(1), null, null),
                        new StagePlan(Stage.INITIAL_CHECK, "学会部", start.plusMonths(2), null, null),
                        new StagePlan(Stage.EXPERT_REVIEW, "专家委员会", start.plusMonths(5), null, null),
                        new StagePlan(Stage.PUBLIC_NOTICE, "学会部", start.plusMonths(8), null, null)))).getId();
    }

    private List<UUID> nominate(UUID programme, Map<String, String> entries) {
        List<UUID> ids = new ArrayList<>();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String[] f = entry.getValue().split("\\|");
            UUID society = UUID.fromString(f[3]);
            CurrentUser secretary = new CurrentUser("secretary-demo", Set.of("SOCIETY_SECRETARY"), Optional.of(society),
                    Optional.empty());
            ids.add(awards.nominate(programme, new AwardService.NewNomination(null, entry.getKey(), f[0],
                    f.length > 4 ? "主任医师" : "副主任医师", f[1], Category.valueOf(f[2]), "事迹与成果材料已汇总",
                    f.length > 4 ? UUID.fromString(f[4]) : null), secretary).getId());
        });
        return ids;
    }

    /** Every nomination passes each check; the committee scores them; the classes follow the ranking. */
    private void runThroughReview(UUID programme, List<UUID> nominated, List<UUID> committee, List<String> classes) {
        CurrentUser admin = CurrentUser.SYSTEM;
        awards.advance(programme, Stage.INITIAL_CHECK, admin);
        for (Stage stage : List.of(Stage.INITIAL_CHECK, Stage.RECHECK, Stage.COMPILATION)) {
            nominated.forEach(n -> awards.decide(n, stage, true, null, null, admin));
            awards.advance(programme, stage.next(), admin);
        }
        awards.autoAssign(programme, 2, admin);
        int i = 0;
        for (UUID nomination : nominated) {
            for (UUID reviewer : committee) {
                CurrentUser user = new CurrentUser("reviewer-demo", Set.of("REVIEWER"), Optional.empty(),
                        Optional.of(reviewer));
                if (awards.isAssigned(nomination, reviewer)) {
                    awards.submitReview(nomination, Map.of("innovation", 34 - 2 * i, "impact", 26 - i, "rigour", 27 - i),
                            "材料翔实，建议推荐", user);
                }
            }
            i++;
        }
        for (int n = 0; n < nominated.size(); n++) {
            awards.decide(nominated.get(n), Stage.EXPERT_REVIEW, true, null, classes.get(n), admin);
        }
        awards.advance(programme, Stage.INSPECTION, admin);
        nominated.forEach(n -> awards.decide(n, Stage.INSPECTION, true, null, null, admin));
    }

    private void proposals() {
        CurrentUser expert1 = new CurrentUser("expert1", Set.of("EXPERT"), Optional.empty(), Optional.of(EXPERT1));
        UUID adopted = proposals.file("关于加强基层胸痛中心建设的建议",
                "建议在各县市区人民医院建设标准化胸痛中心，打通急性心梗救治绿色通道。", "卫生健康", List.of(REVIEWER1),
                expert1).id();
        proposals.forward(adopted, "市委办公室、市政府办公室", CurrentUser.SYSTEM);
        proposals.answer(adopted, "市卫生健康委已纳入年度重点工作，统筹推进。", Adoption.ADOPTED);
        proposals.file("关于推进医养结合护理人才培养的建议", "建议依托驻济高校扩大老年护理专业招生，建立实训基地。",
                "人才培养", List.of(), expert1);
    }

    private UUID expert(UUID id, String name, Gender gender, int birthYear, String employer, String title,
            Category category, String pool, List<String> expertise, UUID society) {
        experts.enter(id, profile(name, gender, birthYear, employer, title, category, expertise, List.of(society)), pool);
        return id;
    }

    private static ExpertProfile profile(String name, Gender gender, int birthYear, String employer, String title,
            Category category, List<String> expertise, List<UUID> societies) {
        TitleLevel level = title.startsWith("副") || title.equals("高级工程师") ? TitleLevel.ASSOCIATE_SENIOR
                : TitleLevel.FULL_SENIOR;
        int serial = Math.abs(name.hashCode() % 9000) + 1000;
        return new ExpertProfile(name, gender, birthYear, employer, title, level, category, societies, expertise,
                "1380537" + serial, null, null);
    }
}
