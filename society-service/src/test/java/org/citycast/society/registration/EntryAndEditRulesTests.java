package org.citycast.society.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.citycast.society.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Every way onto the register and every edit goes through the same rules: only a transferring
 * society joins (through the party-building gate), a founding becomes a member only when civil
 * affairs registers it, direct entry is an ADMIN's import of the existing register with a reason,
 * a secretariat edits only its own part, and a closed record changes only by an ADMIN correction.
 */
class EntryAndEditRulesTests extends ServiceTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    SocietyRegister register;

    @Test
    void aPreApprovedFoundingCannotJoinWithoutCivilAffairsRegistration() throws Exception {
        UUID society = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/founding-applications").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","individualMembers":80,
                         "unitMembers":0,"assets":"50000.00","legalRepresentative":"赵敏","address":"济宁市任城区",
                         "partyOrganisation":{"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2020-01-01","memberCount":0}}"""
                        .formatted(unique("济宁市绕行学会"))))
                .andExpect(status().isCreated());
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(secretaryOf(society)), """
                {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2020-01-01","memberCount":0}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin())).andExpect(status().isOk());

        mvc.perform(post("/api/societies/" + society + "/joining").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("civil affairs")));
        mvc.perform(get("/api/societies/" + society).with(admin()))
                .andExpect(jsonPath("$.status").value("PRE_APPROVED"))
                .andExpect(jsonPath("$.creditCode").doesNotExist());
    }

    @Test
    void aFoundingIsPreApprovedOnlyOnceItsPartyOrganisationIsSetUp() throws Exception {
        UUID society = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/founding-applications").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","individualMembers":80,
                         "unitMembers":0,"assets":"50000.00","legalRepresentative":"赵敏","address":"济宁市任城区"}"""
                        .formatted(unique("济宁市无党组织学会"))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("party organisation")));
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(secretaryOf(society)), """
                {"form":"JOINT","establishedOn":"2020-01-01","memberCount":3}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PRE_APPROVED"));
    }

    @Test
    void directEntryIsAnAdminsImportOfTheExistingRegisterWithAReasonAndIsMarkedSo() throws Exception {
        String name = unique("济宁市既有学会");
        mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""".formatted(name)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(jdbc.sql("select count(*) from society where name = ?").param(name).query(Long.class).single())
                .isZero();

        JsonNode created = json.readTree(mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "reason":"录入2015年学会名录（纸质档案第3册）"}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("IMPORTED"))
                .andExpect(jsonPath("$.importReason").value("录入2015年学会名录（纸质档案第3册）"))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(get("/api/societies/audit").param("societyId", created.get("id").asString()).with(admin()))
                .andExpect(jsonPath("$.content[0].action").value("IMPORTED"))
                .andExpect(jsonPath("$.content[0].after.importReason").value("录入2015年学会名录（纸质档案第3册）"));
    }

    @Test
    void aSecretariatEditsOnlyItsOwnPartOfTheRecord() throws Exception {
        UUID society = imported(unique("济宁市秘书处学会"));
        String name = register.get(society).getName();
        mvc.perform(json(put("/api/societies/" + society).with(secretaryOf(society)), """
                        {"name":"篡改的名称%s","disciplineCategory":"MEDICINE","hostUnit":"市教育局","termYears":1,
                         "individualMembers":99999,"assets":"1.00","legalRepresentative":"冒名",
                         "leaders":[{"position":"理事长","name":"自封"}],
                         "address":"济宁市太白湖新区","website":"https://xuehui.example.cn","description":"学会简介",
                         "contacts":[{"name":"王芳","role":"秘书长","phone":"0537-1234567"}]}"""
                        .formatted(UUID.randomUUID())))
                .andExpect(status().isOk());

        mvc.perform(get("/api/societies/" + society).with(admin()))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.disciplineCategory").value("SCIENCE"))
                .andExpect(jsonPath("$.hostUnit").value("市科学技术协会"))
                .andExpect(jsonPath("$.termYears").value(5))
                .andExpect(jsonPath("$.individualMembers").value(120))
                .andExpect(jsonPath("$.assets").value("40000.00"))
                .andExpect(jsonPath("$.legalRepresentative").value("孙立"))
                .andExpect(jsonPath("$.leaders").isEmpty())
                .andExpect(jsonPath("$.address").value("济宁市太白湖新区"))
                .andExpect(jsonPath("$.website").value("https://xuehui.example.cn"))
                .andExpect(jsonPath("$.description").value("学会简介"))
                .andExpect(jsonPath("$.contacts[0].name").value("王芳"));
    }

    @Test
    void onlyAnAdminCorrectsTheRegisteredDetailsAndAlwaysWithAReason() throws Exception {
        UUID society = imported(unique("济宁市更名学会"));
        String renamed = unique("济宁市更名后学会");
        String correction = """
                {"name":"%s","disciplineCategory":"ENGINEERING","hostUnit":"市教育局","termYears":4,
                 "individualMembers":150,"assets":"60000.00","legalRepresentative":"孙立"%s}""";
        mvc.perform(json(put("/api/societies/" + society + "/correction").with(secretaryOf(society)),
                        correction.formatted(renamed, ",\"reason\":\"民政变更登记\"")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/societies/" + society + "/correction").with(admin()),
                        correction.formatted(renamed, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(put("/api/societies/" + society + "/correction").with(admin()),
                        correction.formatted(renamed, ",\"reason\":\"民政变更登记（名称、挂靠单位）\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.hostUnit").value("市教育局"))
                .andExpect(jsonPath("$.termYears").value(4));
        mvc.perform(get("/api/societies/audit").param("societyId", society.toString()).with(admin()))
                .andExpect(jsonPath("$.content[0].action").value("CORRECTED"))
                .andExpect(jsonPath("$.content[0].reason").value("民政变更登记（名称、挂靠单位）"));
    }

    @Test
    void aClosedSocietyIsReadOnlyButForAnAdminCorrectionWithAReason() throws Exception {
        UUID society = imported(unique("济宁市已解除学会"));
        String name = register.get(society).getName();
        registration.disqualify(society, "处于停滞状态，名存实亡");

        for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
                secretaryOf(society), admin()}) {
            mvc.perform(json(put("/api/societies/" + society).with(caller), """
                    {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","address":"新地址"}"""
                    .formatted(name))).andExpect(status().isConflict());
            mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(caller), """
                    {"form":"JOINT","establishedOn":"2020-01-01","memberCount":3}""")).andExpect(status().isConflict());
        }
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"SOUND_ACTIVE"}""")).andExpect(status().isConflict());
        mvc.perform(json(put("/api/societies/" + society + "/correction").with(admin()), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                         "address":"档案更正后的地址","reason":"档案更正"}""".formatted(name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("档案更正后的地址"))
                .andExpect(jsonPath("$.status").value("DISQUALIFIED"));
    }

    @Test
    void aFoundingApplicationIsEditedWholeOnlyWhileItIsADraft() throws Exception {
        UUID society = UUID.randomUUID();
        String name = unique("济宁市草稿学会");
        mvc.perform(json(post("/api/societies/founding-applications").with(secretaryOf(society)), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会"}""".formatted(name)))
                .andExpect(status().isCreated());
        String application = """
                {"name":"%s","disciplineCategory":"INFORMATION","hostUnit":"市大数据中心","individualMembers":70,
                 "unitMembers":0,"assets":"30000.00","legalRepresentative":"钱進","address":"济宁市高新区"}""".formatted(name);
        mvc.perform(json(put("/api/societies/" + society + "/founding-application").with(secretaryOf(UUID.randomUUID())),
                application)).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/societies/" + society + "/founding-application").with(secretaryOf(society)),
                        application))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disciplineCategory").value("INFORMATION"))
                .andExpect(jsonPath("$.individualMembers").value(70));
        mvc.perform(post("/api/societies/" + society + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/societies/" + society + "/founding-application").with(secretaryOf(society)),
                        application))
                .andExpect(status().isConflict());
    }

    private UUID imported(String name) throws Exception {
        String body = mvc.perform(json(post("/api/societies").with(admin()), """
                        {"name":"%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会","individualMembers":120,
                         "assets":"40000.00","legalRepresentative":"孙立","reason":"录入现有学会名录"}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 8);
    }
}
