package org.citycast.funding.society;

import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.citycast.funding.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SocietyStandingTests extends ServiceTest {

    @Autowired
    KnownSocieties societies;

    @Test
    void anActiveSocietyIsEligibleAndASecretarySeesOnlyTheirOwn() throws Exception {
        UUID own = known("济宁市理学会", "ACTIVE");
        UUID other = known("济宁市工学会", "DISQUALIFIED");

        mvc.perform(get("/api/funding/societies/" + own).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("济宁市理学会"))
                .andExpect(jsonPath("$.eligibleForGrants").value(true));
        mvc.perform(get("/api/funding/societies/" + other).with(admin()))
                .andExpect(jsonPath("$.eligibleForGrants").value(false));
        mvc.perform(get("/api/funding/societies/" + own).with(secretaryOf(own))).andExpect(status().isOk());
        mvc.perform(get("/api/funding/societies/" + other).with(secretaryOf(own))).andExpect(status().isNotFound());
    }

    private UUID known(String name, String status) {
        UUID id = UUID.randomUUID();
        KnownSociety society = KnownSociety.first(id);
        society.describe(name, null, "SCIENCE", status, Instant.now());
        societies.save(society);
        return id;
    }
}
