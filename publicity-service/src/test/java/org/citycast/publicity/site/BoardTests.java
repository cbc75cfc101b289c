package org.citycast.publicity.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.publicity.platform.TestTokens.editor;
import static org.citycast.publicity.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citycast.publicity.EventFeed;
import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class BoardTests extends ServiceTest {

    @Autowired
    Sites sites;

    @Test
    void aSocietysDisplayBoardIsAPrintReadyPdfWhoseChineseTextReadsBack() throws Exception {
        UUID society = UUID.randomUUID();
        new EventFeed(json, broker).send("society.events",
                new EventFeed(json, broker).society("SocietyRegistered.v1", society, "济宁市养蜂学会", "ACTIVE",
                        Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> sites.find(society).isPresent());
        mvc.perform(json(put("/api/publicity/sites/" + society + "/profile").with(secretaryOf(society)),
                        "{\"introduction\":\"本会致力于保护中华蜂物种。\",\"features\":\"每年举办养蜂技术培训班。\"}"))
                .andExpect(status().isOk());

        byte[] pdf = mvc.perform(get("/api/publicity/sites/" + society + "/board.pdf").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).isGreaterThan(1190);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("济宁市养蜂学会").contains("学会简介").contains("保护中华蜂物种")
                    .contains("学会特色").contains("科普知识");
        }
        mvc.perform(get("/api/publicity/sites/" + society + "/board.pdf").with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/publicity/boards.pdf").with(editor())).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }
}
