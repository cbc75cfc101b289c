package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * publicity-service through the gateway: a society registered in society-service gets its public
 * sub-site within seconds; a published article shows on it and the script in its body never does; the
 * display board is a PDF with the Chinese font embedded; every figure of the work report equals the
 * owning service's stats for the year, and the report renders in all four forms.
 */
class PublicityIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Page(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @Test
    void aRegisteredSocietyHasItsSubSiteWithinSecondsAndAPublishedArticleShowsOnItWithoutItsScript() {
        // a publicity-service that has just started first reads the whole history of society.events:
        // the promise is for one that has caught up, which a first society's site shows
        String first = register("济宁市宣传预热学会" + UUID.randomUUID().toString().substring(0, 6));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> page("/site/societies/" + first, null, null).status() == 200);

        String name = "济宁市宣传测试学会" + UUID.randomUUID().toString().substring(0, 6);
        String society = register(name);

        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> page("/site/societies/" + society, null, null).status() == 200);
        System.out.printf("the sub-site was up %d ms after the society was registered%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        Page site = page("/site/societies/" + society, null, null);
        assertThat(site.header("Content-Type")).startsWith("text/html");
        assertThat(site.text()).contains("<title>" + name + " - 济宁市学会信息服务平台</title>");
        assertThat(site.header("Cache-Control")).contains("max-age=60");

        String etag = site.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(page("/site/societies/" + society, null, etag).status()).isEqualTo(304);

        String editor = tokenFor("editor1");
        var drafted = new AtomicReference<Response>();
        // the article names the society, which publicity-service must have heard of (it has: its site is up)
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            drafted.set(post("/api/publicity/articles", editor, article(society)));
            return drafted.get().status() == 201;
        });
        String article = drafted.get().body().get("id").asString();
        assertThat(post("/api/publicity/articles/" + article + "/submission", editor, "").status()).isEqualTo(200);
        assertThat(post("/api/publicity/articles/" + article + "/publication", editor, "").status()).isEqualTo(200);

        assertThat(page("/site/societies/" + society, null, null).text()).contains("学会成立大会在济宁召开");
        String body = page("/site/articles/" + article, null, null).text();
        assertThat(body).contains("大会选举产生了第一届理事会").doesNotContain("<script").doesNotContain("alert(")
                .doesNotContain("onerror").doesNotContain("javascript:");
        assertThat(page("/site/societies/" + society + "/feed.xml", null, null).text()).contains("学会成立大会在济宁召开");
    }

    @Test
    void aDisplayBoardIsAPdfWithTheChineseFontEmbedded() {
        String society = "11111111-1111-4111-8111-111111111111";
        await().atMost(Duration.ofSeconds(30)).until(() -> page("/site/societies/" + society, null, null).status() == 200);
        Page pdf = page("/api/publicity/sites/" + society + "/board.pdf", tokenFor("secretary1"), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF").contains("WenQuanYi").contains("/ToUnicode");
        String name = get("/api/societies/" + society, tokenFor("admin")).body().get("name").asString();
        assertThat(pdfText(pdf.body())).as("the board's text, read back").contains(name).contains("学会简介");
        assertThat(page("/api/publicity/sites/" + society + "/board.pdf", tokenFor("secretary2"), null).status())
                .isEqualTo(404);
    }

    /**
     * An award on public notice in expert-service (the demo year's innovation award) has its notice page
     * on the public site, with every candidate expert-service lists and the form posting to
     * expert-service's objection endpoint.
     */
    @Test
    void anAwardOnPublicNoticeHasItsNoticePage() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonNode programmes = get("/api/awards/programmes?year=" + year, tokenFor("admin")).body();
        JsonNode onNotice = null;
        for (JsonNode programme : programmes) {
            if (programme.get("stage").asString().equals("PUBLIC_NOTICE")) {
                onNotice = programme;
            }
        }
        assertThat(onNotice).as("a programme of %d on public notice (demo data): %s", year, programmes).isNotNull();
        String id = onNotice.get("id").asString();
        Response notice = get("/api/awards/public/notices/" + id, null);
        assertThat(notice.status()).as(notice.raw()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> page("/site/notices/" + id, null, null).status() == 200);
        Page html = page("/site/notices/" + id, null, null);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.text()).contains(onNotice.get("name").asString() + "拟表彰对象公示")
                .contains(notice.body().get("objectionPath").asString());
        for (JsonNode entry : notice.body().get("entries")) {
            assertThat(html.text()).contains(entry.get("candidateName").asString());
        }
        assertThat(page("/site/notices", null, null).text()).contains(onNotice.get("name").asString());
    }

    /** The year's branded academic-hall sessions (event-service's public list) are announced on the public site. */
    @Test
    void theYearsAcademicHallSessionsAreAnnounced() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Response sessions = get("/api/events/public/academic-hall?year=" + year, null);
        assertThat(sessions.status()).as(sessions.raw()).isEqualTo(200);
        assertThat(sessions.body()).as("the demo year's branded sessions").isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String hall = page("/site/hall", null, null).text();
            for (JsonNode session : sessions.body()) {
                assertThat(hall).contains(session.get("title").asString());
            }
        });
    }

    /**
     * Every figure of this year's report against the stats endpoint of the service that owns it, read
     * through the gateway with ADMIN's token. A figure the report gains without a comparison here fails
     * the test; publicity's own figures (articles, profiles, visits) are compared with its visits
     * endpoint or are its own stats.
     */
    @Test
    void everyFigureOfTheYearsReportEqualsTheOwningServicesStatsAndTheReportRendersInFourForms() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String admin = tokenFor("admin");
        var compared = new AtomicReference<Map<String, Object>>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Response report = get("/api/publicity/reports/" + year, admin);
            assertThat(report.status()).as(report.raw()).isEqualTo(200);
            JsonNode figures = report.body().get("figures");
            Map<String, Object> owners = ownersFigures(year, admin);
            for (var expected : owners.entrySet()) {
                JsonNode figure = figures.get(expected.getKey());
                assertThat(figure).as("report figure %s (the owner says %s)", expected.getKey(), expected.getValue())
                        .isNotNull();
                if (expected.getValue() instanceof BigDecimal amount) {
                    assertThat(decimal(figure)).as(expected.getKey()).isEqualByComparingTo(amount);
                } else {
                    assertThat(figure.asString()).as(expected.getKey()).isEqualTo(expected.getValue().toString());
                }
            }
            var uncompared = new TreeSet<String>();
            figures.propertyNames().forEach(uncompared::add);
            uncompared.removeAll(owners.keySet());
            uncompared.removeAll(List.of("year", "profiles.published", "profiles.disciplineLeaders",
                    "articles.published"));
            assertThat(uncompared).as("figures with no owner's stats to compare with").isEmpty();
            JsonNode stats = get("/api/societies/stats?year=" + year, admin).body();
            JsonNode breakdown = report.body().get("breakdown");
            assertThat(breakdown.get("societiesByStatus")).isEqualTo(stats.get("byStatus"));
            assertThat(breakdown.get("activeByHealthTier")).isEqualTo(stats.get("activeByHealthTier"));
            assertThat(breakdown.get("inspectionsByOutcome")).isEqualTo(stats.get("inspectionsByOutcome"));
            compared.set(owners);
        });
        System.out.println("report figures equal to the owners' stats: " + compared.get());

        Page html = page("/api/publicity/reports/" + year + "/report.html", admin, null);
        assertThat(html.status()).as(html.text()).isEqualTo(200);
        assertThat(html.text()).contains(year + "年市科协学会工作报告").contains("echarts.init");
        assertThat(page("/site/assets/echarts/echarts.min.js", null, null).status()).isEqualTo(200);
        // the narrative states the owners' figures in Chinese, in the DOCX and in the PDF alike
        String endOfYear = "年末，市科协所属学会共" + compared.get().get("societies.endOfYear") + "个";
        String granted = "全年支持学会活动经费"
                + ((BigDecimal) compared.get().get("funding.granted")).setScale(2).toPlainString() + "元";
        Page docx = page("/api/publicity/reports/" + year + "/report.docx", admin, null);
        assertThat(docx.status()).isEqualTo(200);
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText().replaceAll("\\s", "")).contains(year + "年市科协学会工作报告")
                    .contains(endOfYear).contains(granted);
        } catch (IOException e) {
            throw new AssertionError("the DOCX does not open", e);
        }
        Page pdf = page("/api/publicity/reports/" + year + "/report.pdf", admin, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF").contains("WenQuanYi");
        assertThat(pdfText(pdf.body())).contains("市科协学会工作报告").contains(endOfYear).contains(granted);
        assertThat(page("/api/publicity/reports/" + year, tokenFor("editor1"), null).status()).isEqualTo(403);
    }

    /** The figures the report shows, each as the service that owns it counts it for the year. */
    private static Map<String, Object> ownersFigures(int year, String admin) {
        Map<String, Object> f = new LinkedHashMap<>();
        JsonNode society = stats("/api/societies/stats?year=" + year, admin);
        f.put("societies.startOfYear", society.get("activeAtStartOfYear").asLong());
        f.put("societies.endOfYear", count(society.get("byStatus"), "ACTIVE"));
        f.put("societies.onRegister", society.get("societies").asLong());
        f.put("societies.joined", society.get("joined").asLong());
        f.put("societies.founded", society.get("founded").asLong());
        f.put("societies.disqualified", society.get("disqualifications").asLong());
        f.put("societies.deregistered", society.get("deregistrations").asLong());
        f.put("health.soundActive", count(society.get("activeByHealthTier"), "SOUND_ACTIVE"));
        f.put("health.soundWeak", count(society.get("activeByHealthTier"), "SOUND_WEAK"));
        f.put("health.incomplete", count(society.get("activeByHealthTier"), "INCOMPLETE"));
        f.put("health.dormant", count(society.get("activeByHealthTier"), "DORMANT"));
        f.put("party.covered", society.get("partyCoverage").get("covered").asLong());
        f.put("party.percent", decimal(society.get("partyCoverage").get("percent")));
        f.put("reElections", society.get("reElectionsHeld").asLong());
        f.put("inspections.qualified", count(society.get("inspectionsByOutcome"), "QUALIFIED"));
        f.put("inspections.basicallyQualified", count(society.get("inspectionsByOutcome"), "BASICALLY_QUALIFIED"));
        f.put("inspections.unqualified", count(society.get("inspectionsByOutcome"), "UNQUALIFIED"));
        f.put("inspections.missed", count(society.get("inspectionsByOutcome"), "MISSED"));
        JsonNode grades = society.get("grades");
        f.put("grades.awarded", grades.get("awarded").asLong());
        f.put("grades.threeAOrAbove", count(grades.get("awardedByLevel"), "AAAAA")
                + count(grades.get("awardedByLevel"), "AAAA") + count(grades.get("awardedByLevel"), "AAA"));
        JsonNode projects = society.get("functionTransfers");
        f.put("functionTransfer.projects", projects.get("awarded").asLong());
        f.put("functionTransfer.contractAmount", decimal(projects.get("contractAmount")));

        JsonNode funding = stats("/api/funding/stats?year=" + year, admin);
        BigDecimal committed = BigDecimal.ZERO;
        long funded = 0;
        for (JsonNode category : funding.get("grants").get("byCategory")) {
            committed = committed.add(decimal(category.get("committed")));
            funded += category.get("funded").asLong();
        }
        f.put("funding.granted", committed);
        f.put("funding.grants", funded);
        Map<String, Long> fundedByTag = new LinkedHashMap<>();
        for (JsonNode tag : funding.get("grants").get("byTag")) {
            fundedByTag.put(tag.get("code").asString(), tag.get("funded").asLong());
        }
        f.put("funding.keyActivities", fundedByTag.getOrDefault("KEY_ACTIVITY", 0L));
        f.put("funding.socialServiceProjects", fundedByTag.getOrDefault("SOCIAL_SERVICE", 0L));
        f.put("funding.publicWelfareActivities", fundedByTag.getOrDefault("PUBLIC_WELFARE", 0L));
        f.put("financing.societies", funding.get("partnerships").get("societies").asLong());
        f.put("financing.institutions", funding.get("partnerships").get("institutions").asLong());

        JsonNode experts = stats("/api/experts/stats?year=" + year, admin);
        f.put("experts.scienceTech", count(experts.get("pools").get("byPool"), "SCI_TECH"));
        f.put("experts.popularScience", count(experts.get("pools").get("byPool"), "POPULAR_SCIENCE"));
        awards(f, experts, "OUTSTANDING_WORKER", "awards.outstandingWorkers", "awards.outstandingWorkerNominations");
        awards(f, experts, "ACADEMIC_INNOVATION", "awards.innovation", "awards.innovationEntries");
        f.put("proposals.adopted", experts.get("proposals").get("adopted").asLong());

        JsonNode events = stats("/api/events/stats?year=" + year, admin);
        f.put("hall.sessions", events.get("branded").asLong());
        f.put("events.held", events.get("held").asLong());
        f.put("events.attendance", events.get("attendance").get("total").asLong());
        f.put("outreach.events", events.get("outreach").get("held").asLong());
        f.put("outreach.beneficiaries", events.get("outreach").get("beneficiaries").asLong());

        JsonNode visits = stats("/api/publicity/visits?year=" + year, admin).get("total");
        f.put("visits.total", visits.get("views").asLong());
        f.put("visits.previousYear", visits.get("previousViews").asLong());
        if (visits.hasNonNull("changePercent")) {
            f.put("visits.growthPercent", decimal(visits.get("changePercent")));
        }
        return f;
    }

    /**
     * Winners of every programme of the kind; nominations of those made public (on notice or commended),
     * which are the ones the report hears of, from the notice's and the results' nomination counts.
     */
    private static void awards(Map<String, Object> f, JsonNode experts, String kind, String winners, String entries) {
        long won = 0;
        long nominated = 0;
        for (JsonNode programme : experts.get("awards")) {
            if (!programme.get("kind").asString().equals(kind)) {
                continue;
            }
            for (JsonNode perClass : programme.get("winnersByClass")) {
                won += perClass.asLong();
            }
            String stage = programme.get("stage").asString();
            if (stage.equals("PUBLIC_NOTICE") || stage.equals("COMMENDATION")) {
                nominated += programme.get("nominations").asLong();
            }
        }
        f.put(winners, won);
        f.put(entries, nominated);
    }

    private static JsonNode stats(String path, String admin) {
        Response response = get(path, admin);
        assertThat(response.status()).as(path + ": " + response.raw()).isEqualTo(200);
        return response.body();
    }

    /** Money and percentages travel as strings or as numbers; either way, as written. */
    private static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString());
    }

    private static long count(JsonNode counts, String key) {
        return counts.has(key) ? counts.get(key).asLong() : 0;
    }

    private static String register(String name) {
        Response created = post("/api/societies", tokenFor("admin"), """
                {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","reason":"录入现有学会名录"}"""
                .formatted(name));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static String article(String society) {
        return """
                {"kind":"NEWS","societyId":"%s","title":"学会成立大会在济宁召开",
                 "body":"<p>大会选举产生了第一届理事会。<script>alert('x')</script><img src=x onerror=alert(1)><a href=\\"javascript:alert(2)\\">链接</a></p>"}"""
                .formatted(society);
    }

    /** A PDF's text without white space (a line may break anywhere in Chinese). */
    private static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new AssertionError("the PDF does not open", e);
        }
    }

    /** A page or file through the gateway, as a browser would ask for it (HTML and PDF are not JSON). */
    private static Page page(String path, String token, String ifNoneMatch) {
        var request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Gateway not reachable at " + Platform.GATEWAY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
