package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

/**
 * The register through the gateway with Keycloak's own tokens: the {@code society_id} claim of
 * the demo secretaries scopes what they see and change.
 */
class RegisterIT {

    static final String SECRETARY1_SOCIETY = "11111111-1111-4111-8111-111111111111";
    static final String SECRETARY2_SOCIETY = "22222222-2222-4222-8222-222222222222";

    @Test
    void aSecretarySeesOnlyTheirOwnSocietyAndCannotWriteAnother() {
        String secretary1 = tokenFor("secretary1");
        assertThat(get("/api/societies/" + SECRETARY1_SOCIETY, secretary1).status()).isEqualTo(200);
        assertThat(get("/api/societies/" + SECRETARY2_SOCIETY, secretary1).status()).isEqualTo(404);

        Response list = get("/api/societies?size=100", secretary1);
        assertThat(list.body().get("page").get("totalElements").asInt()).isEqualTo(1);
        assertThat(list.body().get("content").get(0).get("id").asString()).isEqualTo(SECRETARY1_SOCIETY);

        Response write = put("/api/societies/" + SECRETARY2_SOCIETY + "/party-organisation", secretary1, """
                {"form":"STANDALONE","establishedOn":"2026-01-01","memberCount":3}""");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theRegisterListsInPinyinOrderAndSearchesChineseNames() {
        Response list = get("/api/societies?q=%E5%8C%BB&size=100", tokenFor("admin"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("content").valueStream().map(s -> s.get("name").asString()))
                .isNotEmpty().allMatch(name -> name.contains("医"));
    }

    @Test
    void theDemoRegisterShowsTheYearsFiguresAndADraftedDisqualificationLetter() throws Exception {
        String admin = tokenFor("admin");
        Response figures = get("/api/societies/stats", admin);
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.body().get("byStatus").get("ACTIVE").asInt()).isPositive();
        assertThat(new BigDecimal(figures.body().get("partyCoverage").get("percent").asString())).isPositive();
        assertThat(get("/api/societies/stats", tokenFor("secretary1")).status()).isEqualTo(403);

        Response cases = get("/api/societies/standing/cases?status=DRAFTED", admin);
        var dormant = cases.body().valueStream()
                .filter(c -> c.get("societyName").asString().equals("济宁市风景园林学会")).findFirst().orElseThrow();
        assertThat(dormant.get("grounds").asString()).contains("名存实亡");

        var letter = HttpClient.newHttpClient().send(HttpRequest
                        .newBuilder(URI.create(Platform.GATEWAY + dormant.get("letter").asString()))
                        .header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(letter.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aFoundingApplicationIsRefusedPreApprovalUntilItMeetsTheThresholds() {
        String admin = tokenFor("admin");
        Response draft = post("/api/societies/founding-applications", admin, """
                {"name":"济宁市端到端学会%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                 "individualMembers":10,"unitMembers":2,"assets":"5000.00","legalRepresentative":"赵六",
                 "address":"济宁市"}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String id = draft.body().get("id").asString();
        assertThat(post("/api/societies/" + id + "/submission", admin, "").status()).isEqualTo(200);

        Response refused = post("/api/societies/" + id + "/pre-approval", admin, "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("50 individual or 30 unit members");
        assertThat(post("/api/societies/" + id + "/pre-approval", tokenFor("editor1"), "").status()).isEqualTo(403);
    }
}
