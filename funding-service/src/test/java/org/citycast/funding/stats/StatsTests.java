package org.citycast.funding.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class StatsTests extends GrantsTest {

    @Test
    void theYearsFiguresAddUpWithTheAllocations() throws Exception {
        Grants.Scope scope = grants.scope(new BigDecimal("40000.00"));
        UUID call = grants.call(scope, new BigDecimal("20000.00"));
        UUID society = grants.society("济宁市统计学会", "ACTIVE");
        UUID paid = grants.agreed(society, call, scope, new BigDecimal("10000.00"), grants.today().plusDays(30));
        grants.ok(json(post("/api/funding/applications/" + paid + "/tranches/1/disbursement").with(admin()),
                "{\"paidOn\":\"%s\"}".formatted(grants.today())));
        grants.approved(society, call, scope, new BigDecimal("6000.00"));
        grants.submitted(society, call, scope, new BigDecimal("3000.00"));

        JsonNode stats = json.readTree(mvc.perform(get("/api/funding/stats?year=" + scope.year()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode allocation = find(stats.get("budget").get("allocations"), "categoryCode", scope.category());
        JsonNode category = find(stats.get("grants").get("byCategory"), "code", scope.category());
        assertThat(category.get("applications").asInt()).isEqualTo(3);
        assertThat(category.get("funded").asInt()).isEqualTo(2);
        assertThat(category.get("committed").asString()).isEqualTo(allocation.get("committed").asString())
                .isEqualTo("16000.00");
        assertThat(category.get("disbursed").asString()).isEqualTo(allocation.get("disbursed").asString())
                .isEqualTo("5000.00");
        assertThat(new BigDecimal(allocation.get("allocated").asString())).isEqualByComparingTo(
                new BigDecimal(allocation.get("committed").asString()).add(new BigDecimal(allocation.get("available")
                        .asString())));
        assertThat(stats.get("grants").get("byTag").valueStream().map(tag -> tag.get("code").asString()))
                .containsExactly("KEY_ACTIVITY", "SOCIAL_SERVICE", "PUBLIC_WELFARE");
        assertThat(stats.get("partnerships").has("institutions")).isTrue();
        mvc.perform(get("/api/funding/stats?year=3000").with(admin())).andExpect(status().isBadRequest());
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return list.valueStream().filter(node -> node.get(field).asString().equals(value)).findFirst().orElseThrow();
    }
}
