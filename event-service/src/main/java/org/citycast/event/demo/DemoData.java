package org.citycast.event.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.event.brand.AcademicHall;
import org.citycast.event.checkin.AttendanceService;
import org.citycast.event.event.EventDetails;
import org.citycast.event.event.EventService;
import org.citycast.event.event.EventView;
import org.citycast.event.event.RegistrationMode;
import org.citycast.event.event.Speaker;
import org.citycast.event.event.SubForum;
import org.citycast.event.plan.EventKind;
import org.citycast.event.plan.PlanService;
import org.citycast.event.plan.PlannedEvent;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.platform.CurrentUser;
import org.citycast.event.registration.RegistrationService;
import org.citycast.event.society.KnownSocieties;
import org.citycast.event.society.KnownSociety;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once the demo societies have arrived from society-service (asynchronously, over
 * Kafka), on a thread of its own so the service is ready meanwhile. Everything goes through the
 * services, so the events reach society-service and publicity as they would in use.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoData {

    static final UUID MEDICAL = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID NURSING = UUID.fromString("22222222-2222-4222-8222-222222222222");
    /** Demo societies by name, with how many events each held in the past months (as in society-service's tiers). */
    static final Map<String, Integer> HELD = Map.of("济宁市中医药学会", 3, "济宁市计算机学会", 3, "济宁市农学会", 3,
            "济宁市煤炭学会", 1, "济宁市气象学会", 1);
    static final String PLANNING_ONLY = "济宁市化学化工学会";
    static final List<String> CITIES = List.of("济宁", "济宁", "济宁", "菏泽", "枣庄", "泰安", "临沂", "日照", "聊城");
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉建国建华志强晓燕";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final KnownSocieties societies;
    private final PlanService plans;
    private final AcademicHall hall;
    private final EventService events;
    private final RegistrationService registrations;
    private final AttendanceService attendance;
    private final Clock clock;
    private final Random random = new Random(2016);

    DemoData(KnownSocieties societies, PlanService plans, AcademicHall hall, EventService events,
            RegistrationService registrations, AttendanceService attendance, Clock clock) {
        this.societies = societies;
        this.plans = plans;
        this.hall = hall;
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread loader = new Thread(() -> {
            try {
                Optional<Map<String, UUID>> known = awaitSocieties(Duration.ofMinutes(10));
                if (known.isEmpty()) {
                    log.warn("Demo data not loaded: the demo societies did not arrive from society-service in time");
                    return;
                }
                load(known.get());
            } catch (RuntimeException e) {
                log.error("Demo data could not be loaded", e);
            }
        }, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private Optional<Map<String, UUID>> awaitSocieties(Duration patience) {
        Set<String> wanted = new java.util.HashSet<>(HELD.keySet());
        wanted.add(PLANNING_ONLY);
        Instant giveUp = clock.instant().plus(patience);
        while (clock.instant().isBefore(giveUp)) {
            Map<String, UUID> byName = societies.findAll().stream().filter(KnownSociety::isActive)
                    .filter(s -> s.getName() != null)
                    .collect(Collectors.toMap(KnownSociety::getName, KnownSociety::getId, (a, b) -> a));
            if (byName.keySet().containsAll(wanted) && byName.containsValue(MEDICAL) && byName.containsValue(NURSING)) {
                return Optional.of(byName);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    void load(Map<String, UUID> byName) {
        LocalDate today = AssociationTime.today(clock);
        int year = today.getYear();
        if (!events.list(year, MEDICAL, null, CurrentUser.SYSTEM).isEmpty()) {
            log.info("Demo data already loaded");
            return;
        }
        CurrentUser admin = CurrentUser.SYSTEM;
        plans.setDeadline(year, today.plusDays(30), admin);

        PlannedEvent meeting = plan(MEDICAL, year, "济宁市医学会" + year + "年学术年会", EventKind.ANNUAL_MEETING,
                today.getMonthValue(), 2000, "济宁医学院附属医院");
        PlannedEvent nursingForum = plan(NURSING, year, "护理质量与安全论坛", EventKind.FORUM, month(today, -2), 300, null);
        PlannedEvent outreach = plan(NURSING, year, "社区科普行：老年慢病护理", EventKind.OUTREACH, month(today, -1), 1000,
                "任城区卫生健康局");
        plan(MEDICAL, year, "基层医师规范化培训班", EventKind.TRAINING, month(today, 2), 600, "济宁医学院");
        plan(NURSING, year, "会员代表大会", EventKind.CONGRESS, month(today, 3), 150, null);
        plan(byName.get(PLANNING_ONLY), year, "化工安全生产讲座", EventKind.LECTURE, month(today, 1), 120, null);
        for (PlannedEvent branded : List.of(meeting, nursingForum, outreach)) {
            hall.brand(branded.id(), admin);
        }

        // two events each held by the secretaries' societies in the past months, a third today
        for (int i = 1; i <= 2; i++) {
            held(MEDICAL, null, "医学前沿讲座（第" + i + "讲）", EventKind.LECTURE, today.minusMonths(i * 3L), 200);
            held(NURSING, i == 1 ? nursingForum.id() : null, i == 1 ? "护理质量与安全论坛" : "护理技能培训班",
                    i == 1 ? EventKind.FORUM : EventKind.TRAINING, today.minusMonths(i * 2L), 300);
        }
        held(NURSING, outreach.id(), "社区科普行：老年慢病护理", EventKind.OUTREACH, today.minusMonths(1), 0,
                event -> attendance.recordBeneficiaries(event, 1200, "社区居民现场参与及义诊", admin));
        heldToday(MEDICAL, "临床科研方法讲座", 60, 45);
        heldToday(NURSING, "护理科研写作沙龙", 40, 32);
        HELD.forEach((name, count) -> {
            for (int i = 0; i < count; i++) {
                held(byName.get(name), null, name.replace("济宁市", "") + "学术活动（" + (i + 1) + "）",
                        i % 2 == 0 ? EventKind.FORUM : EventKind.LECTURE, today.minusMonths(i + 1L), 100);
            }
        });

        annualMeeting(meeting, today);
        log.info("Demo data loaded: plans, {} academic-hall sessions, held events, today's annual meeting",
                hall.ofYear(year).size());
    }

    /** Today's annual meeting: 08:30 to 17:30, three sub-forums, a few hundred registrations, some at the door already. */
    private void annualMeeting(PlannedEvent plan, LocalDate today) {
        Instant start = today.atTime(LocalTime.of(8, 30)).atZone(AssociationTime.ZONE).toInstant();
        Instant afternoon = today.atTime(LocalTime.of(14, 0)).atZone(AssociationTime.ZONE).toInstant();
        Instant end = today.atTime(LocalTime.of(17, 30)).atZone(AssociationTime.ZONE).toInstant();
        if (!end.isAfter(clock.instant())) {
            // loaded after today's meeting would have ended: hold it tomorrow instead
            start = start.plus(Duration.ofDays(1));
            afternoon = afternoon.plus(Duration.ofDays(1));
            end = end.plus(Duration.ofDays(1));
        }
        List<SubForum> forums = new ArrayList<>();
        String[] titles = {"心血管疾病分论坛", "肿瘤防治分论坛", "基层医疗分论坛"};
        for (int i = 0; i < titles.length; i++) {
            forums.add(new SubForum(null, titles[i], null, afternoon, end, "会展中心" + (char) ('A' + i) + "厅", 80,
                    List.of(new Speaker(null, SURNAMES.charAt(i) + "教授", "主任医师", "济宁医学院附属医院",
                            titles[i].replace("分论坛", "") + "新进展"))));
        }
        EventView event = events.create(MEDICAL, plan.id(), new EventDetails(Set.of(NURSING), plan.title(),
                "Jining Medical Association Annual Meeting", EventKind.ANNUAL_MEETING, start, end, "济宁市会展中心", "济宁",
                300, RegistrationMode.PUBLIC, "全市医务工作者学术交流盛会，设主会场及三个分论坛。",
                List.of(new Speaker(null, "李明", "教授", "山东大学齐鲁医院", "精准医学的临床实践")), forums),
                CurrentUser.SYSTEM);
        events.publish(event.id(), CurrentUser.SYSTEM);
        List<String> tickets = new ArrayList<>();
        int person = 0;
        for (int i = 0; i < 320; i++) {
            tickets.add(signUp(event.id(), null, ++person));
        }
        for (EventView.SubForumView forum : event.subForums()) {
            for (int i = 0; i < 60; i++) {
                signUp(event.id(), forum.id(), 3 * i + 1);
            }
        }
        tickets.stream().filter(code -> code != null).limit(140)
                .forEach(code -> attendance.checkIn(event.id(), code, CurrentUser.SYSTEM));
    }

    private EventView held(UUID organiser, UUID planned, String title, EventKind kind, LocalDate on, int capacity) {
        return held(organiser, planned, title, kind, on, capacity, event -> { });
    }

    /** {@code beforeClosing} records what the closing's EventHeld reports, such as an outreach's beneficiaries. */
    private EventView held(UUID organiser, UUID planned, String title, EventKind kind, LocalDate on, int capacity,
            java.util.function.Consumer<UUID> beforeClosing) {
        Instant start = on.atTime(LocalTime.of(9, 0)).atZone(AssociationTime.ZONE).toInstant();
        EventView event = events.create(organiser, planned, new EventDetails(Set.of(), title, null, kind, start,
                start.plus(Duration.ofHours(3)), "济宁市科技馆报告厅", "济宁", capacity, RegistrationMode.PUBLIC, null,
                List.of(), List.of()), CurrentUser.SYSTEM);
        events.publish(event.id(), CurrentUser.SYSTEM);
        beforeClosing.accept(event.id());
        return attendance.close(event.id(), CurrentUser.SYSTEM);
    }

    /** A short event that began this morning, with registrations and check-ins, recorded as held. */
    private void heldToday(UUID organiser, String title, int registered, int checkedIn) {
        Instant now = clock.instant();
        EventView event = events.create(organiser, null, new EventDetails(Set.of(), title, null, EventKind.LECTURE,
                now.minus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(10)), "济宁市科技馆报告厅", "济宁", registered,
                RegistrationMode.PUBLIC, null, List.of(), List.of()), CurrentUser.SYSTEM);
        events.publish(event.id(), CurrentUser.SYSTEM);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < registered; i++) {
            tickets.add(signUp(event.id(), null, 1000 + random.nextInt(9000)));
        }
        tickets.stream().filter(code -> code != null).distinct().limit(checkedIn)
                .forEach(code -> attendance.checkIn(event.id(), code, CurrentUser.SYSTEM));
        attendance.close(event.id(), CurrentUser.SYSTEM);
    }

    /** The ticket code when the person was admitted, else null. */
    private String signUp(UUID event, UUID forum, int person) {
        String name = "" + SURNAMES.charAt(person % SURNAMES.length()) + GIVEN.charAt((person * 7) % GIVEN.length());
        var outcome = registrations.signUp(event, new RegistrationService.Form(name, "济宁医学院附属医院",
                CITIES.get(person % CITIES.size()), "139" + String.format("%08d", 20160000 + person), forum, null));
        var registration = outcome.registration();
        return outcome.created() && registration.status().name().equals("ADMITTED") ? registration.ticketCode() : null;
    }

    private PlannedEvent plan(UUID society, int year, String title, EventKind kind, int month, int expected,
            String partners) {
        return plans.file(year, society, new PlanService.PlanLine(title, kind, month, expected, partners),
                CurrentUser.SYSTEM);
    }

    private static int month(LocalDate today, int offset) {
        return Math.floorMod(today.getMonthValue() - 1 + offset, 12) + 1;
    }
}
