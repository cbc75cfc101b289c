package org.citycast.publicity.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.site.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo publicity once the demo societies' sites exist, imported as the association's old
 * records are: straight into the tables, with bodies that are already clean HTML.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo-data.enabled")
class DemoContent {

    static final UUID SOCIETY_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID SOCIETY_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID EXPERT_1 = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final UUID TALENTS = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID LIGHT = UUID.fromString("c0000000-0000-4000-8000-000000000002");
    static final UUID WINDOW = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    static final UUID SOCIETY_NEWS = UUID.fromString("c0000000-0000-4000-8000-000000000004");
    /** Marks the demo as loaded: the first demo article. */
    static final UUID MARKER = UUID.fromString("d0000000-0000-4000-8000-000000000001");

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Sites sites;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoContent(Sites sites, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.sites = sites;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Waits in the background for society-service's demo register to arrive through Kafka. */
    @EventListener(ApplicationReadyEvent.class)
    void loadWhenTheSocietiesAreKnown() {
        Thread loader = new Thread(() -> {
            Instant deadline = clock.instant().plus(Duration.ofMinutes(5));
            while (sites.find(SOCIETY_1).isEmpty() || sites.find(SOCIETY_2).isEmpty()) {
                if (clock.instant().isAfter(deadline)) {
                    log.warn("Demo publicity not loaded: the demo societies' sites did not appear within 5 minutes");
                    return;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            transactions.executeWithoutResult(status -> load());
        }, "demo-content");
        loader.setDaemon(true);
        loader.start();
    }

    void load() {
        if (jdbc.sql("SELECT count(*) FROM article WHERE id = ?").param(MARKER).query(Long.class).single() > 0) {
            log.info("Demo publicity already loaded");
            return;
        }
        LocalDate today = AssociationTime.today(clock);
        int year = today.getYear();
        UUID memberDay = campaign("中国科协会员日", "MEMBER_DAY", LocalDate.of(year, 5, 30), LocalDate.of(year, 5, 30));
        UUID scienceDay = campaign("全国科普日", "SCIENCE_DAY", LocalDate.of(year, 9, 15), LocalDate.of(year, 9, 21));

        describe(SOCIETY_1, "济宁市医学会成立于1989年，是全市医学科学技术工作者的学术性群众团体，下设30余个专科分会。\n"
                + "学会坚持为会员服务、为基层服务，组织学术交流、继续医学教育和健康科普。",
                "每年举办全市医学学术年会和“儒医论坛”，开展“健康大讲堂”进社区活动，组建医学科普专家团。",
                "联系电话：0537-2345678");
        describe(SOCIETY_2, "济宁市护理学会成立于1985年，团结全市护理工作者，推动护理学科发展和护理人才成长。",
                "开展护理技能竞赛和“5·12”国际护士节系列活动，组织护理专家深入社区开展居家护理科普。", null);

        Instant now = clock.instant();
        article(MARKER, "PROFILE", TALENTS, SOCIETY_1, memberDay, "医者仁心 守护一方健康",
                "记济宁市医学会副会长、主任医师孔繁星", "<p>三十年来，他扎根临床一线，带领团队开展新技术二十余项。</p>"
                        + "<p>他常说：“医生的价值，写在患者的笑脸上。”</p>",
                "{NEWSPAPER,TV,PLATFORM}", "孔繁星", "主任医师", "济宁医学院附属医院", EXPERT_1, true, "PUBLISHED",
                now.minus(Duration.ofDays(40)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000002"), "PROFILE", TALENTS, SOCIETY_2, memberDay,
                "白衣天使的坚守", "记济宁市护理学会优秀护理工作者周慧敏",
                "<p>她坚守重症监护室十五年，牵头编写的居家护理手册惠及上万家庭。</p>", "{NEWSPAPER,NEWS_SITE,PLATFORM}",
                "周慧敏", "主任护师", "济宁市第一人民医院", null, false, "PUBLISHED", now.minus(Duration.ofDays(35)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000003"), "NEWS", LIGHT, null, scienceDay,
                "全市69个学会统一制作科普日宣传版面", null,
                "<p>全国科普日期间，市科协所属学会统一制作高标准宣传版面，内容包括学会简介、学会特色和科普知识。</p>",
                "{TV,NEWS_SITE,PLATFORM}", null, null, null, null, false, "PUBLISHED", now.minus(Duration.ofDays(20)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000004"), "NEWS", WINDOW, null, null,
                "学会信息服务平台上线试运行", null, "<p>平台为每个学会独立设置子网站，由市科协统一管理，实时更新学会动态。</p>",
                "{NEWS_SITE,PLATFORM}", null, null, null, null, false, "PUBLISHED", now.minus(Duration.ofDays(10)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000005"), "NEWS", SOCIETY_NEWS, SOCIETY_1, scienceDay,
                "市医学会“健康大讲堂”走进社区", null,
                "<p>科普日期间，市医学会组织心内科、内分泌科专家走进社区，为居民讲解慢病防治知识，受益群众300余人。</p>",
                "{PLATFORM}", null, null, null, null, false, "PUBLISHED", now.minus(Duration.ofDays(15)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000006"), "NEWS", SOCIETY_NEWS, SOCIETY_1, null,
                "市医学会召开第八届理事会第三次会议", null, "<p>会议总结了上半年工作，部署了学术年会筹备工作。</p>",
                "{PLATFORM}", null, null, null, null, false, "PUBLISHED", now.minus(Duration.ofDays(5)));
        article(UUID.fromString("d0000000-0000-4000-8000-000000000007"), "NEWS", SOCIETY_NEWS, SOCIETY_2, null,
                "市护理学会举办护理技能竞赛", null, "<p>来自全市二十家医院的六十名护士参加了比赛。</p>", "{PLATFORM}",
                null, null, null, null, false, "IN_REVIEW", null);
        article(UUID.fromString("d0000000-0000-4000-8000-000000000008"), "NEWS", SOCIETY_NEWS, SOCIETY_2, null,
                "护理学会下半年工作计划（草稿）", null, "<p>草稿。</p>", "{PLATFORM}", null, null, null, null, false,
                "DRAFT", null);

        visits(today);
        log.info("Demo publicity loaded: 8 articles, 2 campaigns, site introductions and two years of page views");
    }

    private UUID campaign(String name, String kind, LocalDate starts, LocalDate ends) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO campaign (id, name, kind, starts_on, ends_on, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(id, name, kind, Date.valueOf(starts), Date.valueOf(ends), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    private void describe(UUID society, String introduction, String features, String contact) {
        jdbc.sql("""
                        UPDATE site SET introduction = ?, features = ?, contact = ?, updated_at = ?, version = version + 1
                        WHERE society_id = ?""")
                .params(introduction, features, contact, Timestamp.from(clock.instant()), society).update();
    }

    @SuppressWarnings("java:S107")
    private void article(UUID id, String kind, UUID column, UUID society, UUID campaign, String title, String summary,
            String body, String channels, String person, String personTitle, String employer, UUID expert,
            boolean leader, String status, Instant publishedAt) {
        Instant created = publishedAt != null ? publishedAt.minus(Duration.ofDays(2)) : clock.instant();
        jdbc.sql("""
                        INSERT INTO article (id, kind, column_id, society_id, campaign_id, title, summary, body, channels,
                            person_name, person_title, person_employer, expert_id, discipline_leader, status, author,
                            created_at, updated_at, submitted_at, published_at, version)
                        VALUES (:id, :kind, :column, :society, :campaign, :title, :summary, :body, CAST(:channels AS text[]),
                            :person, :personTitle, :employer, :expert, :leader, :status, :author,
                            :created, :updated, :submitted, :published, 0)""")
                .param("id", id).param("kind", kind).param("column", column)
                .param("society", society, java.sql.Types.OTHER).param("campaign", campaign, java.sql.Types.OTHER)
                .param("title", title).param("summary", summary).param("body", body).param("channels", channels)
                .param("person", person).param("personTitle", personTitle).param("employer", employer)
                .param("expert", expert, java.sql.Types.OTHER).param("leader", leader).param("status", status)
                .param("author", society == null ? "editor1" : society.equals(SOCIETY_1) ? "secretary1" : "secretary2")
                .param("created", Timestamp.from(created))
                .param("updated", Timestamp.from(publishedAt != null ? publishedAt : created))
                .param("submitted", "DRAFT".equals(status) ? null : Timestamp.from(created.plus(Duration.ofDays(1))),
                        java.sql.Types.TIMESTAMP)
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt), java.sql.Types.TIMESTAMP)
                .update();
    }

    /**
     * Page views of the portal and the two demo sites, for last year and this year to date, this year's
     * running about a fifth above last year's, as the source report says of the new site.
     */
    private void visits(LocalDate today) {
        List<String> keys = List.of("portal", SOCIETY_1.toString(), SOCIETY_2.toString());
        for (LocalDate day = today.minusYears(1).withDayOfYear(1); day.isBefore(today); day = day.plusDays(1)) {
            boolean thisYear = day.getYear() == today.getYear();
            for (int i = 0; i < keys.size(); i++) {
                long base = (i == 0 ? 60 : 12) + (day.getDayOfMonth() % 7);
                long views = thisYear ? Math.round(base * 1.22) : base;
                String path = i == 0 ? "/site" : "/site/societies/" + keys.get(i);
                jdbc.sql("""
                                INSERT INTO page_view (site_key, day, path, views) VALUES (?, ?, ?, ?)
                                ON CONFLICT (site_key, day, path) DO UPDATE SET views = page_view.views + excluded.views""")
                        .params(keys.get(i), Date.valueOf(day), path, views).update();
            }
        }
    }
}
