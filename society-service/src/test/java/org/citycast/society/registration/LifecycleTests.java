package org.citycast.society.registration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.citycast.society.platform.TestTokens.token;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class LifecycleTests extends ServiceTest {

    @Autowired
    RegistrationService registration;

    @Test
    void aSecretaryFoundsTheirSocietyAndTheAssociationPreApprovesItOnceTheThresholdsAreMet() throws Exception {
        UUID society = UUID.randomUUID();
        String name = "济宁市人工智能学会" + society.toString().substring(0, 6);
        mvc.perform(json(post("/api/societies/founding-applications").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                         "individualMembers":20,"unitMembers":3,"assets":"12000.00"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(society.toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalRepresentative"));

        mvc.perform(json(put("/api/societies/" + society + "/founding-application").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                         "individualMembers":20,"unitMembers":3,"assets":"12000.00","legalRepresentative":"李明",
                         "address":"济宁市高新区",
                         "contacts":[{"name":"王芳","role":"秘书长","phone":"0537-1234567"}]}""".formatted(name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].name").value("王芳"));
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(secretaryOf(society)), """
                        {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2026-05-01","memberCount":0}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));

        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("50 individual or 30 unit")));

        mvc.perform(json(post("/api/societies/" + society + "/return").with(admin()), """
                        {"reason":"会员不足，请补充单位会员"}"""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.statusReason").value("会员不足，请补充单位会员"));
        mvc.perform(json(put("/api/societies/" + society + "/founding-application").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心",
                         "individualMembers":20,"unitMembers":31,"assets":"30000.00","legalRepresentative":"李明",
                         "address":"济宁市高新区"}""".formatted(name)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PRE_APPROVED"));

        registration.recordRegistration(society, "51370800MJ1590830Y", LocalDate.of(2026, 11, 20));
        mvc.perform(get("/api/societies/" + society).with(secretaryOf(society)))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.creditCode").value("51370800MJ1590830Y"))
                .andExpect(jsonPath("$.joinedOn").value("2026-11-20"));
    }

    @Test
    void importingUnderAnIdThatIsTakenFailsWithoutTouchingTheSociety() throws Exception {
        UUID society = entered("济宁市声学学会");
        var profile = new SocietyProfile(unique("济宁市另一学会"), null, DisciplineCategory.SCIENCE, "市科学技术协会",
                null, null, null, null, null, null, 5, null, null, null);
        assertThatThrownBy(() -> registration.importExisting(society, profile, ImportedFacts.of("录入", null, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        mvc.perform(get("/api/societies/" + society).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name", containsString("济宁市声学学会")));
    }

    @Test
    void anIllegalTransitionIsAConflictThatNamesBothEnds() throws Exception {
        UUID society = entered("济宁市光学学会");
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A society that is ACTIVE cannot become PRE_APPROVED."));
    }

    @Test
    void aTransferringSocietyJoinsOnlyThroughThePartyBuildingGate() throws Exception {
        String body = mvc.perform(json(post("/api/societies/transfers").with(admin()), """
                        {"name":"%s","disciplineCategory":"ENGINEERING","hostUnit":"市轻纺工业办公室",
                         "creditCode":"51370800MJ0166130T","registeredOn":"2009-04-01"}"""
                        .formatted(unique("济宁市纺织学会"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("JOINING"))
                .andReturn().getResponse().getContentAsString();
        UUID society = UUID.fromString(json.readTree(body).get("id").asString());

        mvc.perform(post("/api/societies/" + society + "/joining").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("party organisation")));
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(secretaryOf(UUID.randomUUID())),
                        """
                        {"form":"STANDALONE","establishedOn":"2026-05-01","memberCount":5}"""))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(secretaryOf(society)), """
                        {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2026-05-01","memberCount":0}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/joining").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void deregistrationStepsAreCheckedAndEveryChangeIsAudited() throws Exception {
        UUID society = entered("济宁市档案学会");
        mvc.perform(json(post("/api/societies/" + society + "/deregistration/resolution").with(secretaryOf(society)),
                        """
                        {"reason":"会员代表大会决议解散"}"""))
                .andExpect(jsonPath("$.status").value("DEREGISTERING"))
                .andExpect(jsonPath("$.deregistrationStage").value("RESOLVED"));
        mvc.perform(post("/api/societies/" + society + "/deregistration/consent").with(admin()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/societies/" + society + "/deregistration/liquidation").with(admin()))
                .andExpect(jsonPath("$.deregistrationStage").value("LIQUIDATED"));
        mvc.perform(post("/api/societies/" + society + "/deregistration/consent").with(admin()))
                .andExpect(jsonPath("$.deregistrationStage").value("CONSENTED"));
        registration.recordDeregistration(society);

        mvc.perform(get("/api/societies/audit").param("societyId", society.toString()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(5))
                .andExpect(jsonPath("$.content[0].action").value("DEREGISTERED"))
                .andExpect(jsonPath("$.content[0].before.status").value("DEREGISTERING"))
                .andExpect(jsonPath("$.content[0].after.status").value("DEREGISTERED"))
                .andExpect(jsonPath("$.content[4].action").value("IMPORTED"))
                .andExpect(jsonPath("$.content[4].actor").value("admin"));
        mvc.perform(get("/api/societies/audit").with(secretaryOf(society))).andExpect(status().isForbidden());
    }

    @Test
    void aWrongCreditCodeIsABadRequestThatSaysWhichCheckFailed() throws Exception {
        mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "creditCode":"91110000600037341M"}""".formatted(unique("济宁市天文学会"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("should be 'L'")));
    }

    @Test
    void moneyIsExactAndTravelsAsADecimalStringWithTwoPlaces() throws Exception {
        mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","assets":30000}"""
                        .formatted(unique("济宁市资产学会"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assets").value("30000.00"));
        mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","assets":"0.001"}"""
                        .formatted(unique("济宁市资产学会"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assets"));
    }

    @Test
    void aCodeWhoseEmbeddedOrganisationCodeFailsIsAcceptedWithAWarning() throws Exception {
        mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "creditCode":"51370800MJ5260186Q"}""".formatted(unique("济宁市早期代码学会"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditCode").value("51370800MJ5260186Q"))
                .andExpect(jsonPath("$.creditCodeWarning").value(containsString("GB 11714")));
    }

    @Test
    void theHostUnitMustBeInTheCatalogueWhichOnlyAdminEdits() throws Exception {
        String unit = unique("市新设局");
        String society = """
                {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"%s"}""".formatted(unique("济宁市新学会"), unit);
        mvc.perform(json(post("/api/societies").with(admin()), society))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostUnit"));
        mvc.perform(json(post("/api/societies/host-units").with(secretaryOf(UUID.randomUUID())), """
                        {"reason":"录入现有学会名录","name":"%s"}""".formatted(unit))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/societies/host-units").with(admin()), """
                        {"name":"%s"}""".formatted(unit))).andExpect(status().isCreated());
        String created = mvc.perform(json(post("/api/societies").with(admin()), society))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        mvc.perform(json(post("/api/societies/host-units/renaming").with(admin()), """
                        {"from":"%s","to":"%s改"}""".formatted(unit, unit))).andExpect(status().isOk());
        mvc.perform(get("/api/societies/" + json.readTree(created).get("id").asString()).with(admin()))
                .andExpect(jsonPath("$.hostUnit").value(unit + "改"));
    }

    @Test
    void onlyAdminRatesHealthAndOtherRolesCannotWrite() throws Exception {
        UUID society = entered("济宁市声学学会");
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(secretaryOf(society)), """
                        {"healthTier":"SOUND_ACTIVE"}""")).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                        {"healthTier":"DORMANT"}""")).andExpect(jsonPath("$.healthTier").value("DORMANT"));
        mvc.perform(json(put("/api/societies/" + society).with(token("reviewer1", null, null, "REVIEWER")), """
                        {"name":"改名","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/" + society).with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
    }

    private UUID entered(String name) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"reason":"录入现有学会名录","name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}"""
                        .formatted(unique(name))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }
}
