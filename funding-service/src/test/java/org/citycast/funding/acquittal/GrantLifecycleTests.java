package org.citycast.funding.acquittal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.citycast.funding.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** After approval: agreement, tranches, the final report with its evidence, acceptance and closing. */
class GrantLifecycleTests extends GrantsTest {

    /** The smallest PDF a reader accepts: what Tika must recognise from the bytes. */
    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    Grants.Scope scope;
    UUID call;
    UUID society;

    @BeforeEach
    void aCallWithMoney() throws Exception {
        scope = grants.scope(new BigDecimal("50000.00"));
        call = grants.call(scope, new BigDecimal("20000.00"));
        society = grants.society("济宁市结项学会", "ACTIVE");
    }

    @Test
    void aGrantRunsFromAgreementToClosingAndReleasesWhatWasNotSpent() throws Exception {
        UUID id = grants.approved(society, call, scope, new BigDecimal("20000.00"));
        assertAllocation("50000.00", "20000.00", "30000.00", "0.00");

        mvc.perform(json(put("/api/funding/applications/" + id + "/agreement").with(admin()), """
                        {"signedOn":"%s","tranches":[{"amount":"12000.00","dueOn":"%s"},{"amount":"7000.00","dueOn":"%s"}]}"""
                        .formatted(grants.today(), grants.today(), grants.today().plusDays(60))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tranches"));
        mvc.perform(json(put("/api/funding/applications/" + id + "/agreement").with(admin()), """
                        {"signedOn":"%s","tranches":[{"amount":"12000.00","dueOn":"%s","condition":"协议签订后"},
                         {"amount":"8000.00","dueOn":"%s","condition":"结项报告通过后"}]}"""
                        .formatted(grants.today(), grants.today(), grants.today().plusDays(60))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportDueOn").value(grants.today().plusDays(41 + 30).toString()))
                .andExpect(jsonPath("$.unpaid").value("20000.00"));

        pay(id, 1).andExpect(status().isOk()).andExpect(jsonPath("$.paid").value("12000.00"));
        pay(id, 1).andExpect(status().isConflict());
        assertAllocation("50000.00", "20000.00", "30000.00", "12000.00");
        mvc.perform(get("/api/funding/applications/" + id + "/agreement").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tranches[0].paidOn").value(grants.today().toString()));

        mvc.perform(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isConflict());
        writeReport(id, "9000.00", "1500.00").andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].planned").value("20000.00"))
                .andExpect(jsonPath("$.spent").value("10500.00"));
        mvc.perform(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("evidence")));

        mvc.perform(multipart("/api/funding/applications/" + id + "/final-report/evidence")
                        .file(new MockMultipartFile("file", "发票.pdf", "application/pdf", PDF)).with(secretaryOf(society)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length));
        mvc.perform(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        writeReport(id, "1.00", "1.00").andExpect(status().isConflict());

        mvc.perform(json(post("/api/funding/applications/" + id + "/final-report/review").with(admin()),
                        "{\"accepted\":false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comments"));
        mvc.perform(json(post("/api/funding/applications/" + id + "/final-report/review").with(admin()),
                        "{\"accepted\":false,\"comments\":\"请补充签到表\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        writeReport(id, "9000.00", "1500.00").andExpect(status().isOk());
        mvc.perform(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/funding/applications/" + id + "/final-report/review").with(admin()),
                        "{\"accepted\":true,\"comments\":\"材料齐全\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

        mvc.perform(post("/api/funding/applications/" + id + "/closing").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.acceptedSpending").value("10500.00"))
                .andExpect(jsonPath("$.settledAmount").value("10500.00"));
        // 8,000 never paid goes back, and 1,500 paid but not spent comes back
        assertAllocation("50000.00", "10500.00", "39500.00", "10500.00");
        assertThat(jdbc.sql("SELECT kind || ':' || amount FROM ledger_entry WHERE application_id = ? ORDER BY at, id")
                .param(id).query(String.class).list())
                .containsExactly("COMMITTED:20000.00", "DISBURSED:12000.00", "RELEASED:8000.00", "REFUNDED:1500.00");
        mvc.perform(post("/api/funding/applications/" + id + "/closing").with(admin())).andExpect(status().isConflict());

        JsonNode audit = json.readTree(mvc.perform(get("/api/funding/audit?subjectId=" + id + "&size=100").with(admin()))
                .andReturn().getResponse().getContentAsString());
        assertThat(audit.get("content").valueStream().map(entry -> entry.get("action").asString()))
                .contains("DRAFTED", "SUBMITTED", "FORMAL_CHECK_PASSED", "REVIEWER_ASSIGNED", "SCORED", "REVIEW_CLOSED",
                        "APPROVED", "AGREEMENT_SIGNED", "TRANCHE_PAID", "FINAL_REPORT_SUBMITTED",
                        "FINAL_REPORT_RETURNED", "FINAL_REPORT_ACCEPTED", "CLOSED");
        JsonNode approval = audit.get("content").valueStream()
                .filter(entry -> entry.get("action").asString().equals("APPROVED")).findFirst().orElseThrow();
        assertThat(approval.get("actor").asString()).isEqualTo("admin");
        assertThat(approval.get("before").get("status").asString()).isEqualTo("REVIEWED");
        assertThat(approval.get("after").get("approvedAmount").asString()).isEqualTo("20000.00");
    }

    @Test
    void aGrantPaidInFullAndFullySpentReleasesNothing() throws Exception {
        UUID id = grants.agreed(society, call, scope, new BigDecimal("10000.00"), grants.today().plusDays(30));
        pay(id, 1).andExpect(status().isOk());
        pay(id, 2).andExpect(status().isOk());
        writeReport(id, "10000.00", "1000.00").andExpect(status().isOk());
        attach(id, "签到表.png", png()).andExpect(status().isCreated());
        mvc.perform(post("/api/funding/applications/" + id + "/final-report/submission").with(secretaryOf(society)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/funding/applications/" + id + "/final-report/review").with(admin()),
                "{\"accepted\":true}")).andExpect(status().isOk());
        mvc.perform(post("/api/funding/applications/" + id + "/closing").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.settledAmount").value("10000.00"));
        assertAllocation("50000.00", "10000.00", "40000.00", "10000.00");
    }

    @Test
    void evidenceIsCheckedByWhatItIsAndHowBigItIs() throws Exception {
        UUID id = grants.agreed(society, call, scope, new BigDecimal("8000.00"), grants.today().plusDays(30));
        attach(id, "x.pdf", PDF).andExpect(status().isConflict());
        writeReport(id, "8000.00", "0.00").andExpect(status().isOk());

        attach(id, "发票.pdf", "这不是PDF，只是文字".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is text/plain")));
        attach(id, "run.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}).andExpect(status().isBadRequest());
        attach(id, "empty.pdf", new byte[0]).andExpect(status().isBadRequest());
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        attach(id, "大文件.pdf", large).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("limit")));
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_file WHERE application_id = ?").param(id)
                .query(Long.class).single()).isZero();

        String created = attach(id, "照片.png", png()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png")).andReturn().getResponse().getContentAsString();
        UUID file = UUID.fromString(json.readTree(created).get("id").asString());
        mvc.perform(get("/api/funding/applications/" + id + "/final-report/evidence/" + file).with(secretaryOf(society)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png()));
        mvc.perform(get("/api/funding/applications/" + id + "/final-report/evidence/" + file)
                        .with(secretaryOf(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        attach(id, "x.pdf", PDF, secretaryOf(UUID.randomUUID())).andExpect(status().isForbidden());
    }

    private ResultActions pay(UUID id, int tranche) throws Exception {
        return mvc.perform(json(post("/api/funding/applications/" + id + "/tranches/" + tranche + "/disbursement")
                .with(admin()), "{\"paidOn\":\"%s\",\"reference\":\"转账凭证%d\"}".formatted(grants.today(), tranche)));
    }

    private ResultActions writeReport(UUID id, String venue, String printing)
            throws Exception {
        return mvc.perform(json(put("/api/funding/applications/" + id + "/final-report").with(secretaryOf(society)), """
                {"summary":"年会如期举办，参会代表踊跃","actualAttendance":230,"heldFrom":"%s","heldTo":"%s",
                 "lines":[{"item":"场地费","actual":"%s"},{"item":"资料印刷","actual":"%s"}]}"""
                .formatted(grants.today(), grants.today(), venue, printing)));
    }

    private ResultActions attach(UUID id, String name, byte[] bytes)
            throws Exception {
        return attach(id, name, bytes, secretaryOf(society));
    }

    private ResultActions attach(UUID id, String name, byte[] bytes,
            RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/funding/applications/" + id + "/final-report/evidence")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(who));
    }

    private void assertAllocation(String allocated, String committed, String available, String disbursed) {
        assertThat(jdbc.sql("SELECT allocated || '/' || committed || '/' || available || '/' || disbursed FROM allocation "
                        + "WHERE year = ? AND category_code = ?").params(scope.year(), scope.category())
                .query(String.class).single())
                .isEqualTo(allocated + "/" + committed + "/" + available + "/" + disbursed);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
                1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }
}
