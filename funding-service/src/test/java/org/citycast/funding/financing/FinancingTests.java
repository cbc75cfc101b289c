package org.citycast.funding.financing;

import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.Test;

class FinancingTests extends GrantsTest {

    @Test
    void aSecretaryRecordsAndCorrectsTheirOwnSocietysPartnerships() throws Exception {
        UUID own = grants.society("济宁市金融学会", "ACTIVE");
        UUID other = grants.society("济宁市旁观学会", "ACTIVE");
        UUID link = Grants.id(grants.ok(json(post("/api/funding/financing-links").with(secretaryOf(own)), """
                {"institution":"济宁高新区创业服务中心","instrument":"INCUBATOR","startsOn":"2026-04-01"}""")));
        mvc.perform(get("/api/funding/financing-links/" + link).with(secretaryOf(own)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instrumentLabel").value("孵化器"))
                .andExpect(jsonPath("$.societyName").value(grants.societyName(own)));
        mvc.perform(get("/api/funding/financing-links/" + link).with(secretaryOf(other))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/funding/financing-links/" + link).with(secretaryOf(other)), """
                {"institution":"篡改","instrument":"LOAN","startsOn":"2026-04-01"}""")).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/funding/financing-links/" + link).with(secretaryOf(own)), """
                        {"institution":"济宁高新区创业服务中心","instrument":"INCUBATOR","amount":"80000","startsOn":"2026-04-01",
                         "endsOn":"2026-03-01"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(json(put("/api/funding/financing-links/" + link).with(secretaryOf(own)), """
                        {"institution":"济宁高新区创业服务中心","instrument":"INCUBATOR","amount":"80000","startsOn":"2026-04-01",
                         "endsOn":"2028-03-31"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.amount").value("80000.00"));
        mvc.perform(json(post("/api/funding/financing-links?societyId=" + other).with(secretaryOf(own)), """
                {"institution":"某行","instrument":"LOAN","startsOn":"2026-04-01"}""")).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/funding/financing-links").with(admin()), """
                {"institution":"某行","instrument":"BOND","startsOn":"2026-04-01"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/funding/financing-links?societyId=" + UUID.randomUUID()).with(admin()), """
                {"institution":"某行","instrument":"LOAN","startsOn":"2026-04-01"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("societyId"));

        mvc.perform(get("/api/funding/financing-links?instrument=INCUBATOR").with(secretaryOf(own)))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/funding/financing-links").with(secretaryOf(other)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/funding/financing-links?societyId=" + own + "&year=2027&q=高新").with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/funding/financing-links?societyId=" + own + "&year=2029").with(admin()))
                .andExpect(jsonPath("$.page.totalElements").value(0));
    }
}
