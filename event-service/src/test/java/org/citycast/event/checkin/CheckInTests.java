package org.citycast.event.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.editor;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class CheckInTests extends Scenario {

    @Test
    void theDoorChecksEachTicketInOnceAndAttendanceAddsUp() throws Exception {
        UUID organiser = society("签到学会" + UUID.randomUUID().toString().substring(0, 6));
        JsonNode event = publishedEvent(organiser, 3, "ANNUAL_MEETING", 2);
        String id = event.get("id").asString();
        String forum = event.get("subForums").get(0).get("id").asString();
        List<JsonNode> people = new ArrayList<>();
        String[] cities = {"济宁", "菏泽", "济宁", "枣庄"};
        for (int i = 0; i < 4; i++) {
            people.add(body(mvc.perform(signUp(id, "参会" + i, cities[i], phone(900 + i), null))
                    .andReturn().getResponse().getContentAsString()));
        }
        JsonNode forumTicket = body(mvc.perform(signUp(id, "参会0", "济宁", phone(900), forum))
                .andReturn().getResponse().getContentAsString());

        checkIn(id, people.get(0), editor()).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("参会0"))
                .andExpect(jsonPath("$.phone").doesNotExist());
        checkIn(id, people.get(0), editor()).andExpect(status().isConflict());
        checkIn(id, people.get(1), secretaryOf(organiser)).andExpect(status().isOk());
        checkIn(id, people.get(3), editor()).andExpect(status().isConflict());
        checkIn(id, forumTicket, editor()).andExpect(status().isOk())
                .andExpect(jsonPath("$.subForumTitle").value("分论坛1"));
        mvc.perform(json(post("/api/events/" + id + "/check-ins").with(editor()), """
                {"ticketCode":"NOSUCHCODE"}""")).andExpect(status().isNotFound());
        String otherEvent = publishedEvent(organiser, 3, "LECTURE").get("id").asString();
        checkIn(otherEvent, people.get(2), editor()).andExpect(status().isNotFound());
        checkIn(id, people.get(2), secretaryOf(UUID.randomUUID())).andExpect(status().isForbidden());

        mvc.perform(get("/api/events/" + id + "/attendance").with(editor()))
                .andExpect(jsonPath("$.admitted").value(3))
                .andExpect(jsonPath("$.attended").value(2))
                .andExpect(jsonPath("$.mainHall").value(2))
                .andExpect(jsonPath("$.subForums[0].attended").value(1))
                .andExpect(jsonPath("$.byCity.济宁").value(1))
                .andExpect(jsonPath("$.byCity.菏泽").value(1));

        byte[] sheet = mvc.perform(get("/api/events/" + id + "/attendance.xlsx").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("签到时间");
        }

        mvc.perform(put("/api/events/" + id + "/beneficiaries").with(secretaryOf(organiser))
                .contentType("application/json").content("{\"beneficiaries\":10}")).andExpect(status().isConflict());
        mvc.perform(post("/api/events/" + id + "/held").with(secretaryOf(organiser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
        checkIn(id, people.get(2), editor()).andExpect(status().isConflict());
        mvc.perform(post("/api/events/" + id + "/held").with(secretaryOf(organiser))).andExpect(status().isConflict());
    }

    @Test
    void anOutreachEventRecordsItsBeneficiaries() throws Exception {
        UUID organiser = society("科普学会" + UUID.randomUUID().toString().substring(0, 6));
        String id = publishedEvent(organiser, 50, "OUTREACH").get("id").asString();
        mvc.perform(json(put("/api/events/" + id + "/beneficiaries").with(secretaryOf(organiser)), """
                {"beneficiaries":-1}""")).andExpect(status().isBadRequest());
        mvc.perform(json(put("/api/events/" + id + "/beneficiaries").with(secretaryOf(organiser)), """
                {"beneficiaries":1200,"note":"社区居民"}""")).andExpect(status().isOk())
                .andExpect(jsonPath("$.beneficiaries").value(1200));
        mvc.perform(post("/api/events/" + id + "/held").with(secretaryOf(organiser))).andExpect(status().isOk());
        // EventHeld told the others 1200; the stats may not come to say otherwise
        mvc.perform(json(put("/api/events/" + id + "/beneficiaries").with(secretaryOf(organiser)), """
                {"beneficiaries":1500}""")).andExpect(status().isConflict());
        mvc.perform(get("/api/events/" + id + "/attendance").with(secretaryOf(organiser)))
                .andExpect(jsonPath("$.beneficiaries").value(1200));
    }

    @Test
    void attendeesGetACertificateInChineseOnceTheEventIsHeld() throws Exception {
        UUID organiser = society("证书学会" + UUID.randomUUID().toString().substring(0, 6));
        String id = publishedEvent(organiser, 5, "TRAINING").get("id").asString();
        JsonNode came = body(mvc.perform(signUp(id, "欧阳娜", "日照", phone(950), null)).andReturn().getResponse()
                .getContentAsString());
        JsonNode stayedAway = body(mvc.perform(signUp(id, "缺席者", "济宁", phone(951), null)).andReturn().getResponse()
                .getContentAsString());
        checkIn(id, came, editor()).andExpect(status().isOk());
        String certificate = came.get("links").get("certificate").asString();
        mvc.perform(get(certificate)).andExpect(status().isConflict());

        mvc.perform(post("/api/events/" + id + "/held").with(admin())).andExpect(status().isOk());
        byte[] pdf = mvc.perform(get(certificate)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("参会证明").contains("兹证明欧阳娜").contains("证书学会").contains("特此证明");
            var resources = document.getPage(0).getResources();
            boolean embedded = false;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                embedded |= font.isEmbedded();
            }
            assertThat(embedded).isTrue();
        }
        mvc.perform(get(stayedAway.get("links").get("certificate").asString())).andExpect(status().isConflict());
        mvc.perform(get("/api/events/" + id + "/registrations/" + came.get("registrationId").asString()
                + "/certificate.pdf").with(secretaryOf(organiser))).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions checkIn(String event, JsonNode registration,
            org.springframework.test.web.servlet.request.RequestPostProcessor caller) throws Exception {
        String code = registration.has("ticketCode") ? registration.get("ticketCode").asString()
                : jdbc.sql("select ticket_code from registration where id = ?")
                        .param(UUID.fromString(registration.get("registrationId").asString())).query(String.class).single();
        return mvc.perform(json(post("/api/events/" + event + "/check-ins").with(caller), """
                {"ticketCode":"%s"}""".formatted(code)));
    }
}
