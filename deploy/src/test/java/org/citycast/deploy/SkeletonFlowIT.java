package org.citycast.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.deploy.Platform.civilAffairsToken;
import static org.citycast.deploy.Platform.get;
import static org.citycast.deploy.Platform.post;
import static org.citycast.deploy.Platform.put;
import static org.citycast.deploy.Platform.tokenFor;

import java.time.Duration;
import java.util.UUID;

import org.citycast.deploy.Platform.Response;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton through the gateway, with real Keycloak tokens: a society registered in
 * society-service reaches funding-service through Kafka, and the gateway and services turn away
 * what they must.
 */
class SkeletonFlowIT {

    @Test
    void noTokenIsUnauthorized() {
        Response response = get("/api/societies", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedByTheGatewayAndByTheServices() {
        String foreign = Platform.tokenWithoutAudience("admin");
        assertThat(get("/api/societies", foreign).status()).isEqualTo(401);
        assertThat(Platform.getDirect("http://localhost:8081", "/api/societies", foreign).status()).isEqualTo(401);
        assertThat(Platform.getDirect("http://localhost:8081", "/api/societies", tokenFor("admin")).status())
                .isEqualTo(200);
    }

    @Test
    void aRoleThatMayNotRegisterIsForbidden() {
        Response response = post("/api/societies", tokenFor("reviewer1"), society("评审专家不能登记的学会"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(post("/api/societies", civilAffairsToken(), society("民政不能直接登记的学会")).status())
                .isEqualTo(403);
    }

    @Test
    void anAdminRegistersASocietyAndFundingKnowsItWithinFiveSeconds() {
        String name = unique("济宁市智能制造学会");
        Response created = post("/api/societies", tokenFor("admin"), society(name));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("id").asString();

        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            Response standing = get("/api/funding/societies/" + id, tokenFor("admin"));
            assertThat(standing.status()).isEqualTo(200);
            assertThat(standing.body().get("name").asString()).isEqualTo(name);
            assertThat(standing.body().get("eligibleForGrants").asBoolean()).isTrue();
        });
        System.out.printf("funding-service knew the new society after %d ms%n",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Response response = post("/api/societies", tokenFor("admin"), "{\"name\": \"济宁市");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void aSecretaryCannotChangeAnotherSociety() {
        String name = unique("济宁市岩土工程学会");
        Response created = post("/api/societies", tokenFor("admin"), society(name));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();

        Response attempt = put("/api/societies/" + id, tokenFor("secretary1"), """
                {"name":"被别的秘书处改掉的名字","disciplineCategory":"ENGINEERING","hostUnit":"市科协"}""");
        assertThat(attempt.status()).isIn(403, 404);
        assertThat(get("/api/societies/" + id, tokenFor("admin")).body().get("name").asString()).isEqualTo(name);
    }

    private static String society(String name) {
        return """
                {"name":"%s","disciplineCategory":"ENGINEERING","hostUnit":"市工业和信息化局",
                 "reason":"端到端测试：录入现有学会"}""".formatted(name);
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }
}
