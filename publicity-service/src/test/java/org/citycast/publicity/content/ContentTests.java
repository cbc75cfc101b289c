package org.citycast.publicity.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.publicity.platform.TestTokens.admin;
import static org.citycast.publicity.platform.TestTokens.editor;
import static org.citycast.publicity.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.citycast.publicity.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class ContentTests extends ServiceTest {

    /** Every way of smuggling script into HTML that a sanitiser must stop. */
    static final String HOSTILE = """
            <p onclick=\\"steal()\\">正文<script>alert('x')</script></p>
            <a href=\\"javascript:alert(1)\\">链接</a><a href=\\"JaVaScRiPt&colon;alert(2)\\">二</a>
            <img src=\\"x\\" onerror=\\"alert(3)\\"><img src=\\"data:image/svg+xml;base64,PHN2Zz4=\\">
            <iframe src=\\"https://evil.example\\"></iframe><svg onload=\\"alert(4)\\"></svg>
            <div style=\\"background:url(javascript:alert(5))\\">样式</div><form action=\\"/x\\"><input></form>
            <a href=\\"https://www.jining.gov.cn/\\">济宁</a><img src=\\"/site/images/abc\\" alt=\\"图\\">""";

    @Test
    void noScriptHandlerOrJavascriptUrlIsEverStored() throws Exception {
        String id = create(editor(), """
                {"kind":"NEWS","columnId":"c0000000-0000-4000-8000-000000000002","title":"清洗测试","body":"%s"}"""
                .formatted(HOSTILE.replace("\n", "")));
        String stored = jdbc.sql("SELECT body FROM article WHERE id = ?::uuid").param(id).query(String.class).single();

        assertThat(stored.toLowerCase()).doesNotContain("<script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("onload").doesNotContain("javascript").doesNotContain("alert").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("data:").doesNotContain("<form").doesNotContain("style=");
        assertThat(stored).contains("正文").contains("href=\"https://www.jining.gov.cn/\"")
                .contains("src=\"/site/images/abc\"");
    }

    @Test
    void aBodyOfNothingButScriptIsRefused() throws Exception {
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"NEWS","columnId":"c0000000-0000-4000-8000-000000000002","title":"空","body":"<script>x()</script>"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aSecretaryDraftsItsOwnSocietysNewsAndAnEditorApprovesIt() throws Exception {
        UUID society = UUID.randomUUID();
        String id = create(secretaryOf(society), """
                {"kind":"NEWS","title":"学会召开常务理事会","body":"<p>会议审议了年度工作计划。</p>","channels":["TV"]}""");
        mvc.perform(get("/api/publicity/articles/" + id).with(secretaryOf(society)))
                .andExpect(jsonPath("$.societyId").value(society.toString()))
                .andExpect(jsonPath("$.columnId").value("c0000000-0000-4000-8000-000000000004"))
                .andExpect(jsonPath("$.channels[0]").value("PLATFORM"))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        mvc.perform(post("/api/publicity/articles/" + id + "/submission").with(secretaryOf(society)))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        mvc.perform(post("/api/publicity/articles/" + id + "/publication").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/publicity/articles/" + id + "/return").with(editor()), "{\"comment\":\"请补充会议时间\"}"))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.reviewComment").value("请补充会议时间"));
        mvc.perform(json(put("/api/publicity/articles/" + id).with(secretaryOf(society)), """
                        {"kind":"NEWS","title":"学会召开常务理事会","body":"<p>5月8日，会议审议了年度工作计划。</p>"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/publicity/articles/" + id + "/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/publicity/articles/" + id + "/publication").with(editor()))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.url").value("/site/articles/" + id));

        mvc.perform(post("/api/publicity/articles/" + id + "/publication").with(editor()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(put("/api/publicity/articles/" + id).with(editor()), """
                        {"kind":"NEWS","title":"改","body":"<p>改</p>"}"""))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/publicity/articles/" + id + "/archive").with(admin()))
                .andExpect(jsonPath("$.status").value("ARCHIVED"));
    }

    @Test
    void aSecretaryStaysInsideItsOwnSociety() throws Exception {
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String theirs = create(secretaryOf(other), """
                {"kind":"NEWS","title":"别的学会的新闻","body":"<p>内容</p>"}""");

        mvc.perform(get("/api/publicity/articles/" + theirs).with(secretaryOf(own))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/publicity/articles/" + theirs).with(secretaryOf(own)), """
                        {"kind":"NEWS","title":"篡改","body":"<p>篡改</p>"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/publicity/articles/" + theirs + "/submission").with(secretaryOf(own)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/publicity/articles").with(secretaryOf(own)), """
                        {"kind":"NEWS","societyId":"%s","title":"冒名","body":"<p>冒名</p>"}""".formatted(other)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/publicity/articles").with(secretaryOf(own)), """
                        {"kind":"PROFILE","title":"人物","body":"<p>人物</p>","person":{"name":"张三"}}"""))
                .andExpect(status().isForbidden());
        String list = mvc.perform(get("/api/publicity/articles").with(secretaryOf(own))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain(theirs);
    }

    @Test
    void badRequestsNameTheirField() throws Exception {
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"NEWS","title":"","body":"<p>x</p>","columnId":"c0000000-0000-4000-8000-000000000002"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"NEWS","title":"无栏目","body":"<p>x</p>"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("columnId"));
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"NEWS","title":"未知学会","body":"<p>x</p>","societyId":"%s"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("societyId"));
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"PROFILE","title":"无人","body":"<p>x</p>"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("person"));
        mvc.perform(json(post("/api/publicity/articles").with(editor()), """
                        {"kind":"GOSSIP","title":"x","body":"<p>x</p>"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void imagesAreKeptOnlyWhenTheyAreRealPicturesOfAModestSize() throws Exception {
        String id = create(editor(), """
                {"kind":"NEWS","columnId":"c0000000-0000-4000-8000-000000000003","title":"图片","body":"<p>图</p>"}""");

        String stored = mvc.perform(multipart("/api/publicity/articles/" + id + "/images")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", png(40, 30))).with(editor()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.width").value(40))
                .andReturn().getResponse().getContentAsString();
        String image = json.readTree(stored).get("id").asString();
        mvc.perform(get("/site/images/" + image)).andExpect(status().isNotFound());
        mvc.perform(get("/api/publicity/articles/" + id + "/images/" + image).with(editor()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/publicity/articles/" + id + "/images")
                        .file(new MockMultipartFile("file", "x.png", "image/png", svg)).with(editor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/publicity/articles/" + id + "/images")
                        .file(new MockMultipartFile("file", "big.png", "image/png", new byte[3 * 1024 * 1024]))
                        .with(editor()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private String create(org.springframework.test.web.servlet.request.RequestPostProcessor who, String body)
            throws Exception {
        String created = mvc.perform(json(post("/api/publicity/articles").with(who), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asString();
    }

    static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
