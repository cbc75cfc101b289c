package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.tokenFor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * publicity-service through the gateway: a society registered in society-service gets its public
 * sub-site within seconds; a published article shows on it and the script in its body never does; the
 * display board is a PDF with the Chinese font embedded; the work report counts the register as
 * society-service does and renders in all four forms.
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
        assertThat(page("/api/publicity/sites/" + society + "/board.pdf", tokenFor("secretary2"), null).status())
                .isEqualTo(404);
    }

    @Test
    void theReportCountsTheRegisterAsSocietyServiceDoesAndRendersInFourForms() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String admin = tokenFor("admin");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode stats = get("/api/societies/stats?year=" + year, admin).body();
            Response report = get("/api/publicity/reports/" + year, admin);
            assertThat(report.status()).as(report.raw()).isEqualTo(200);
            JsonNode figures = report.body().get("figures");
            JsonNode breakdown = report.body().get("breakdown");
            assertThat(breakdown.get("societiesByStatus")).isEqualTo(stats.get("byStatus"));
            assertThat(breakdown.get("activeByHealthTier")).isEqualTo(stats.get("activeByHealthTier"));
            assertThat(breakdown.get("inspectionsByOutcome")).isEqualTo(stats.get("inspectionsByOutcome"));
            assertThat(figures.get("societies.onRegister").asLong()).isEqualTo(stats.get("societies").asLong());
            assertThat(figures.get("societies.joined").asLong()).isEqualTo(stats.get("joined").asLong());
            assertThat(figures.get("societies.founded").asLong()).isEqualTo(stats.get("founded").asLong());
            assertThat(figures.get("societies.disqualified").asLong()).isEqualTo(stats.get("disqualifications").asLong());
            assertThat(figures.get("societies.deregistered").asLong()).isEqualTo(stats.get("deregistrations").asLong());
            assertThat(figures.get("reElections").asLong()).isEqualTo(stats.get("reElectionsHeld").asLong());
            assertThat(figures.get("party.covered").asLong()).isEqualTo(stats.get("partyCoverage").get("covered").asLong());
            assertThat(figures.get("party.percent").asString())
                    .isEqualTo(stats.get("partyCoverage").get("percent").asString());
        });

        Page html = page("/api/publicity/reports/" + year + "/report.html", admin, null);
        assertThat(html.status()).as(html.text()).isEqualTo(200);
        assertThat(html.text()).contains(year + "年市科协学会工作报告").contains("echarts.init");
        assertThat(page("/site/assets/echarts/echarts.min.js", null, null).status()).isEqualTo(200);
        Page docx = page("/api/publicity/reports/" + year + "/report.docx", admin, null);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Page pdf = page("/api/publicity/reports/" + year + "/report.pdf", admin, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF").contains("WenQuanYi");
        assertThat(page("/api/publicity/reports/" + year, tokenFor("editor1"), null).status()).isEqualTo(403);
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
