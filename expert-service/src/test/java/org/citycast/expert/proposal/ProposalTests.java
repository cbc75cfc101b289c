package org.citycast.expert.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.expert.platform.TestTokens.admin;
import static org.citycast.expert.platform.TestTokens.expert;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.citycast.expert.ExpertEvents;
import org.citycast.expert.Fixtures;
import org.citycast.expert.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import tools.jackson.databind.JsonNode;

class ProposalTests extends ServiceTest {

    Fixtures fixtures;
    ExpertEvents events;
    UUID author;
    UUID coAuthor;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new Fixtures(mvc, json, jdbc);
        events = new ExpertEvents(broker, json);
        UUID society = fixtures.society("济宁市农学会");
        author = fixtures.admittedExpert("陈立新", "济宁市农业科学研究院", "AGRICULTURE", society, "SCI_TECH");
        coAuthor = fixtures.admittedExpert("王晓燕", "山东农业大学", "AGRICULTURE", society, "POPULAR_SCIENCE");
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aProposalIsFiledForwardedAnsweredAndItsAdoptionAnnounced() throws Exception {
        clock.setToday(LocalDate.of(2026, 4, 2));
        JsonNode filed = fixtures.body(mvc.perform(json(post("/api/experts/proposals").with(expert(author)), """
                        {"title":"关于加快建设智慧农业示范区的建议","summary":"以高标准农田为基础建设示范区。",
                         "topic":"乡村振兴","coAuthorIds":["%s"]}""".formatted(coAuthor)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FILED"))
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.authors[1].name").value("王晓燕"))
                .andReturn().getResponse().getContentAsString());
        UUID id = UUID.fromString(filed.get("id").asString());

        byte[] pdf = "%PDF-1.4\n%测试\n".getBytes();
        String attachment = fixtures.body(mvc.perform(multipart("/api/experts/proposals/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "调研报告.pdf", "text/plain", pdf)).with(expert(coAuthor)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(multipart("/api/experts/proposals/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "run.exe", "application/pdf", "MZ\u0090\u0000".getBytes()))
                        .with(expert(author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("/api/experts/proposals/" + id + "/attachments/" + attachment).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf));

        mvc.perform(get("/api/experts/proposals/" + id).with(expert(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/experts/proposals").with(expert(coAuthor)))
                .andExpect(jsonPath("$[0].id").value(id.toString()));
        mvc.perform(json(post("/api/experts/proposals/" + id + "/feedback").with(admin()),
                        "{\"feedback\":\"采纳\",\"adoption\":\"ADOPTED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/experts/proposals/" + id + "/forwarding").with(admin()),
                        "{\"forwardedTo\":\"市委办公室、市政府办公室\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FORWARDED"));
        mvc.perform(multipart("/api/experts/proposals/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "补充.pdf", "application/pdf", pdf)).with(expert(author)))
                .andExpect(status().isConflict());
        clock.setToday(LocalDate.of(2026, 5, 20));
        mvc.perform(json(post("/api/experts/proposals/" + id + "/feedback").with(admin()),
                        "{\"feedback\":\"市政府已批示，纳入年度重点工作。\",\"adoption\":\"ADOPTED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adoption").value("ADOPTED"));

        JsonNode adopted = events.await(id.toString(), "ProposalAdopted.v1");
        events.matchesSample(adopted, "ProposalAdopted.v1");
        assertThat(adopted.get("data").get("forwardedOn").asString()).isEqualTo("2026-04-02");
        assertThat(adopted.get("data").get("answeredOn").asString()).isEqualTo("2026-05-20");
        assertThat(adopted.get("data").get("authors")).hasSize(2);
        assertThat(adopted.toString()).doesNotContain("13905371234");

        mvc.perform(get("/api/experts/stats").param("year", "2026").with(admin()))
                .andExpect(jsonPath("$.proposals.filed").isNumber())
                .andExpect(jsonPath("$.proposals.adopted").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void onlyPoolExpertsFileAndCoAuthorsMustBeInAPool() throws Exception {
        mvc.perform(json(post("/api/experts/proposals").with(expert(UUID.randomUUID())),
                        "{\"title\":\"t\",\"summary\":\"s\",\"topic\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/experts/proposals").with(expert(author)), """
                        {"title":"t","summary":"s","topic":"x","coAuthorIds":["%s","%s"]}"""
                        .formatted(UUID.randomUUID(), author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coAuthorIds[0]"))
                .andExpect(jsonPath("$.errors[1].field").value("coAuthorIds[1]"));
        mvc.perform(json(post("/api/experts/proposals").with(expert(author)), "{\"title\":\"\",\"topic\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }
}
