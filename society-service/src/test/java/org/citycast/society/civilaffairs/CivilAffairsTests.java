package org.citycast.society.civilaffairs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.citycast.society.OutsideSystems.CIVIL_AFFAIRS;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.secretaryOf;
import static org.citycast.society.platform.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.citycast.society.ServiceTest;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.registration.CreditCodes;
import org.citycast.society.registration.DisciplineCategory;
import org.citycast.society.registration.ImportedFacts;
import org.citycast.society.registration.PartyOrganisation;
import org.citycast.society.registration.PartyOrganisationForm;
import org.citycast.society.registration.RegistrationService;
import org.citycast.society.registration.SocietyProfile;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

class CivilAffairsTests extends ServiceTest {

    private static final String TOKEN = "civil-affairs-issued-token";
    private static final CurrentUser ADMIN = new CurrentUser("test-admin", Set.of("ADMIN"), Optional.empty(), Optional.empty());

    @Autowired
    RegistrationService registration;
    @Autowired
    SocietyRegister register;
    @Autowired
    DispatchSender sender;
    @Autowired
    CivilAffairsProperties properties;

    @BeforeEach
    void civilAffairsIssuesTokens() {
        CIVIL_AFFAIRS.stubFor(WireMock.post(urlEqualTo("/oauth2/token"))
                .willReturn(okJson("""
                        {"access_token":"%s","token_type":"Bearer","expires_in":3600}""".formatted(TOKEN))));
        // dispatches of societies a test does not stub for find civil affairs unavailable, quietly
        CIVIL_AFFAIRS.stubFor(WireMock.post(urlPathMatching("/api/v1/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(503)));
    }

    // ---- outbound ----------------------------------------------------------------------------

    @Test
    void aPreApprovalIsSentWithABearerTokenAndTheDispatchIdAsIdempotencyKey() throws Exception {
        UUID society = submitted();
        accept(DispatchKind.PRE_APPROVAL, society, 201);

        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin())).andExpect(status().isOk());

        // the scheduled sender delivers it by itself
        Row sent = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row != null && row.status() == DispatchStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);

        List<LoggedRequest> posts = requestsFor(DispatchKind.PRE_APPROVAL, society);
        assertThat(posts).hasSize(1);
        LoggedRequest request = posts.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(sent.id().toString());
        var body = json.readTree(request.getBodyAsString());
        assertThat(body.get("name").asString()).startsWith("济宁市测绘学会");
        assertThat(body.get("hostUnit").asString()).isEqualTo("市自然资源和规划局");
        assertThat(body.get("disciplineCategory").asString()).isEqualTo("ENGINEERING");
        assertThat(body.get("individualMembers").asInt()).isEqualTo(120);
        assertThat(body.get("unitMembers").asInt()).isEqualTo(12);
        assertThat(body.get("assets").asString()).isEqualTo("50000.00");

        // the token came by client credentials, this service's id and secret in basic auth
        CIVIL_AFFAIRS.verify(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withHeader("Authorization", containing("Basic ")));
    }

    @Test
    void whileCivilAffairsIsDownADispatchStaysPendingWithGrowingAttemptsThenIsDeliveredOnce() throws Exception {
        UUID society = submitted();
        StubMapping down = answer(DispatchKind.PRE_APPROVAL, society, aResponse().withStatus(503).withBody("maintenance"));

        registration.preApprove(society);

        Row first = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row != null && row.attempts() >= 1);
        assertThat(first.status()).isEqualTo(DispatchStatus.PENDING);
        assertThat(first.lastError()).contains("503");
        assertThat(first.nextAttemptAt()).isAfter(Instant.now());

        tryAgainNow(first.id());
        Row second = dispatch(society, DispatchKind.PRE_APPROVAL);
        assertThat(second.status()).isEqualTo(DispatchStatus.PENDING);
        assertThat(second.attempts()).isGreaterThan(first.attempts());

        // the connection breaks instead: still kept
        CIVIL_AFFAIRS.removeStub(down);
        StubMapping broken = answer(DispatchKind.PRE_APPROVAL, society,
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        tryAgainNow(first.id());
        Row third = dispatch(society, DispatchKind.PRE_APPROVAL);
        assertThat(third.status()).isEqualTo(DispatchStatus.PENDING);
        assertThat(third.attempts()).isGreaterThan(second.attempts());

        // civil affairs is back
        CIVIL_AFFAIRS.removeStub(broken);
        accept(DispatchKind.PRE_APPROVAL, society, 200);
        tryAgainNow(first.id());
        Row delivered = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row.status() == DispatchStatus.SENT);
        assertThat(delivered.lastError()).isNull();

        // every try was the same message: one idempotency key throughout
        List<LoggedRequest> posts = requestsFor(DispatchKind.PRE_APPROVAL, society);
        assertThat(posts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(posts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(first.id().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM civil_affairs_dispatch WHERE society_id = ?").param(society)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterMaxAttemptsADispatchIsFailedAndAdminCanResendIt() throws Exception {
        UUID society = submitted();
        StubMapping down = answer(DispatchKind.PRE_APPROVAL, society, aResponse().withStatus(500));
        registration.preApprove(society);
        Row pending = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row != null);

        for (int i = 0; i < properties.maxAttempts() * 3
                && dispatch(society, DispatchKind.PRE_APPROVAL).status() == DispatchStatus.PENDING; i++) {
            tryAgainNow(pending.id());
        }
        Row failed = dispatch(society, DispatchKind.PRE_APPROVAL);
        assertThat(failed.status()).isEqualTo(DispatchStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(failed.lastError()).contains("500");

        mvc.perform(get("/api/civil-affairs/dispatches").param("status", "failed").param("societyId", society.toString())
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(failed.id().toString()))
                .andExpect(jsonPath("$.content[0].status").value("FAILED"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/civil-affairs/dispatches").param("status", "lost").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/civil-affairs/dispatches/" + failed.id() + "/resend").with(secretaryOf(society)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/civil-affairs/dispatches/" + failed.id() + "/resend").with(civilAffairs()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/civil-affairs/dispatches/" + UUID.randomUUID() + "/resend").with(admin()))
                .andExpect(status().isNotFound());

        CIVIL_AFFAIRS.removeStub(down);
        accept(DispatchKind.PRE_APPROVAL, society, 202);
        mvc.perform(post("/api/civil-affairs/dispatches/" + failed.id() + "/resend").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        Row sent = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row.status() == DispatchStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);

        // only a FAILED one can be resent
        mvc.perform(post("/api/civil-affairs/dispatches/" + failed.id() + "/resend").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDispatchCivilAffairsRefusesAsMalformedFailsAtOnce() {
        UUID society = submitted();
        answer(DispatchKind.PRE_APPROVAL, society, aResponse().withStatus(422).withBody("hostUnit unknown"));
        registration.preApprove(society);

        Row failed = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.PRE_APPROVAL),
                row -> row != null && row.status() == DispatchStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("422").contains("hostUnit unknown");
    }

    @Test
    void theConsentToDeregistrationIsSent() {
        String creditCode = CreditCodes.fresh();
        UUID society = active(creditCode);
        accept(DispatchKind.DEREGISTRATION_CONSENT, society, 200);
        registration.resolveToDissolve(society, "会员大会决议解散", ADMIN);
        registration.recordLiquidation(society);
        assertThat(dispatch(society, DispatchKind.DEREGISTRATION_CONSENT)).isNull();

        registration.consentToDeregistration(society);

        Row sent = await().atMost(Duration.ofSeconds(30)).until(
                () -> dispatch(society, DispatchKind.DEREGISTRATION_CONSENT),
                row -> row != null && row.status() == DispatchStatus.SENT);
        LoggedRequest request = requestsFor(DispatchKind.DEREGISTRATION_CONSENT, society).get(0);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(sent.id().toString());
        assertThat(json.readTree(request.getBodyAsString()).get("creditCode").asString()).isEqualTo(creditCode);
    }

    @Test
    void aForwardedAnnualReportIsSentAndAnOutcomeThatCameEarlyWaitsForIt() throws Exception {
        int year = 2012;
        UUID society = active(CreditCodes.fresh());
        accept(DispatchKind.ANNUAL_REPORT, society, 200);
        clock.setToday(LocalDate.of(year + 1, 2, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        mvc.perform(put("/api/societies/" + society + "/inspections/" + year + "/report").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"summary":"年度工作总结","activitiesHeld":4,"individualMembers":150,"unitMembers":6,
                         "income":"20000.00","expenditure":"18000.00","netAssets":"60000.00"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/inspections/" + year + "/pre-review").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true}")).andExpect(status().isOk());
        // civil affairs answers now, in real time
        clock.reset();
        String messageId = "insp-" + UUID.randomUUID();
        String outcome = """
                {"messageId":"%s","sentAt":"%s","societyId":"%s","year":%d,"outcome":"QUALIFIED"}"""
                .formatted(messageId, clock.instant(), society, year);
        receive("inspection-outcomes", outcome)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("WAITING"));

        mvc.perform(post("/api/societies/" + society + "/inspections/" + year + "/forwarding").with(admin()))
                .andExpect(status().isOk());

        Row sent = await().atMost(Duration.ofSeconds(30)).until(() -> dispatch(society, DispatchKind.ANNUAL_REPORT),
                row -> row != null && row.status() == DispatchStatus.SENT);
        var body = json.readTree(requestsFor(DispatchKind.ANNUAL_REPORT, society).get(0).getBodyAsString());
        assertThat(body.get("year").asInt()).isEqualTo(year);
        assertThat(body.get("report").get("activitiesHeld").asInt()).isEqualTo(4);
        assertThat(sent.attempts()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "APPLIED".equals(inboxStatus(messageId)));
        mvc.perform(get("/api/societies/" + society + "/inspections").with(admin()))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].outcome").value("QUALIFIED"));

        receive("inspection-outcomes", outcome.replace(messageId, messageId + "-b").replace("QUALIFIED", "UNQUALIFIED"))
                .andExpect(status().isConflict());
        receive("inspection-outcomes", outcome.replace(messageId, messageId + "-c").replace("\"year\":" + year,
                "\"year\":3000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    // ---- inbound -----------------------------------------------------------------------------

    @Test
    void aRegistrationResultActivatesThePreApprovedSocietyAndARepeatIsNotAppliedTwice() throws Exception {
        UUID society = submitted();
        registration.preApprove(society);
        String creditCode = CreditCodes.fresh();
        String message = registrationMessage("reg-" + UUID.randomUUID(), Instant.now(), society, creditCode);

        receive("registrations", message)
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.kind").value("REGISTRATION"));
        assertThat(register.get(society).getStatus()).isEqualTo(SocietyStatus.ACTIVE);
        assertThat(register.get(society).getCreditCode()).isEqualTo(creditCode);
        assertThat(register.get(society).getRegisteredOn()).isEqualTo(LocalDate.of(2016, 5, 20));

        receive("registrations", message)
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.status").value("APPLIED"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE society_id = ? AND action = 'REGISTERED_BY_CIVIL_AFFAIRS'")
                .param(society).query(Long.class).single()).isEqualTo(1);

        // the same id for another message is the sender's mistake
        String reused = json.readTree(message).toString().replace(creditCode, CreditCodes.fresh());
        receive("registrations", reused).andExpect(status().isConflict());
    }

    @Test
    void aRegistrationResultBeforeThePreApprovalWaitsAndIsAppliedAfterIt() throws Exception {
        UUID society = submitted();
        String creditCode = CreditCodes.fresh();
        String messageId = "reg-" + UUID.randomUUID();

        receive("registrations", registrationMessage(messageId, Instant.now(), society, creditCode))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("WAITING"));
        assertThat(register.get(society).getStatus()).isEqualTo(SocietyStatus.SUBMITTED);
        assertThat(inboxStatus(messageId)).isEqualTo("WAITING");

        mvc.perform(post("/api/societies/" + society + "/pre-approval").with(admin())).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(30)).until(() -> register.get(society).getStatus() == SocietyStatus.ACTIVE);
        assertThat(register.get(society).getCreditCode()).isEqualTo(creditCode);
        await().atMost(Duration.ofSeconds(10)).until(() -> "APPLIED".equals(inboxStatus(messageId)));

        mvc.perform(get("/api/civil-affairs/inbox").param("societyId", society.toString()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].status").value("APPLIED"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void anOlderMessageNeverOverridesANewerOne() throws Exception {
        UUID society = submitted();
        Instant now = Instant.now();
        String newerCode = CreditCodes.fresh();
        String newer = "reg-new-" + UUID.randomUUID();
        String older = "reg-old-" + UUID.randomUUID();
        receive("registrations", registrationMessage(newer, now.minusSeconds(60), society, newerCode))
                .andExpect(status().isAccepted());
        receive("registrations", registrationMessage(older, now.minusSeconds(3600), society, CreditCodes.fresh()))
                .andExpect(status().isAccepted());

        registration.preApprove(society);

        await().atMost(Duration.ofSeconds(30)).until(() -> "APPLIED".equals(inboxStatus(newer)));
        assertThat(inboxStatus(older)).isEqualTo("SUPERSEDED");
        assertThat(register.get(society).getCreditCode()).isEqualTo(newerCode);

        // one even older, arriving late, is acknowledged and changes nothing
        receive("registrations", registrationMessage("reg-oldest-" + UUID.randomUUID(), now.minusSeconds(7200), society,
                CreditCodes.fresh()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPERSEDED"));
        assertThat(register.get(society).getCreditCode()).isEqualTo(newerCode);
    }

    @Test
    void invalidMessagesAreRefusedNamingTheFieldAndKeptForAdmin() throws Exception {
        UUID society = submitted();
        registration.preApprove(society);
        String badCode = "reg-bad-code-" + UUID.randomUUID();
        String wrongCheck = withWrongCheckCharacter(CreditCodes.fresh());

        receive("registrations", registrationMessage(badCode, Instant.now(), society, wrongCheck))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.messageId").value(badCode));
        assertThat(register.get(society).getStatus()).isEqualTo(SocietyStatus.PRE_APPROVED);

        String unknown = "reg-unknown-" + UUID.randomUUID();
        receive("registrations", registrationMessage(unknown, Instant.now(), UUID.randomUUID(), CreditCodes.fresh()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("societyId"));

        String malformed = "reg-malformed-" + UUID.randomUUID();
        receive("registrations", """
                {"messageId":"%s","sentAt":"%s","societyId":"not-a-uuid","creditCode":"%s","certificateDate":"2016-05-20"}"""
                .formatted(malformed, Instant.now(), CreditCodes.fresh()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("societyId"));

        String fromTheFuture = "reg-future-" + UUID.randomUUID();
        receive("registrations", registrationMessage(fromTheFuture, Instant.now().plus(Duration.ofDays(1)), society,
                CreditCodes.fresh()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sentAt"));

        String incomplete = "dereg-incomplete-" + UUID.randomUUID();
        receive("deregistrations", """
                {"messageId":"%s","societyId":"%s","deregisteredOn":"%s"}"""
                .formatted(incomplete, society, LocalDate.now().plusDays(3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sentAt")));

        // without its id a message cannot be kept or told from a repeat
        receive("registrations", """
                {"sentAt":"%s","societyId":"%s","creditCode":"%s","certificateDate":"2016-05-20"}"""
                .formatted(Instant.now(), society, CreditCodes.fresh()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("messageId"));

        mvc.perform(get("/api/civil-affairs/inbox").param("status", "rejected").param("size", "200").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].messageId").value(hasItem(badCode)))
                .andExpect(jsonPath("$.content[*].messageId").value(hasItem(unknown)))
                .andExpect(jsonPath("$.content[*].messageId").value(hasItem(malformed)))
                .andExpect(jsonPath("$.content[*].messageId").value(hasItem(incomplete)));
        mvc.perform(get("/api/civil-affairs/inbox").param("societyId", society.toString()).with(admin()))
                .andExpect(jsonPath("$.content[?(@.messageId == '%s')].errors[0].field".formatted(badCode))
                        .value(hasItem("creditCode")))
                .andExpect(jsonPath("$.content[?(@.messageId == '%s')].payload.creditCode".formatted(badCode))
                        .value(hasItem(wrongCheck)));

        // the id of a rejected message cannot be reused for another one
        receive("registrations", registrationMessage(badCode, Instant.now().plusSeconds(1), society, CreditCodes.fresh()))
                .andExpect(status().isConflict());
        assertThat(inboxStatus(badCode)).isEqualTo("REJECTED");
    }

    @Test
    void aRejectedMessageRepeatedVerbatimGetsTheSameAnswer() throws Exception {
        UUID society = submitted();
        String messageId = "reg-repeat-" + UUID.randomUUID();
        String message = registrationMessage(messageId, Instant.now(), society,
                withWrongCheckCharacter(CreditCodes.fresh()));

        receive("registrations", message).andExpect(status().isBadRequest());
        receive("registrations", message)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
    }

    @Test
    void aRegistrationResultForAnActiveSocietyConflictsAndIsKept() throws Exception {
        UUID society = active(CreditCodes.fresh());
        String messageId = "reg-active-" + UUID.randomUUID();

        receive("registrations", registrationMessage(messageId, Instant.now(), society, CreditCodes.fresh()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(inboxStatus(messageId)).isEqualTo("REJECTED");
    }

    @Test
    void aDeregistrationBeforeTheConsentWaitsAndIsAppliedAfterIt() throws Exception {
        UUID society = active(CreditCodes.fresh());
        registration.resolveToDissolve(society, "会员大会决议解散", ADMIN);
        registration.recordLiquidation(society);
        String messageId = "dereg-" + UUID.randomUUID();

        receive("deregistrations", """
                {"messageId":"%s","sentAt":"%s","societyId":"%s","deregisteredOn":"%s"}"""
                .formatted(messageId, Instant.now(), society, LocalDate.now().minusDays(1)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.error").value(containsString("consent")));

        mvc.perform(post("/api/societies/" + society + "/deregistration/consent").with(admin()))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> register.get(society).getStatus() == SocietyStatus.DEREGISTERED);
        await().atMost(Duration.ofSeconds(10)).until(() -> "APPLIED".equals(inboxStatus(messageId)));
    }

    @Test
    void onlyTheCivilAffairsClientMayPostMessagesAndItMayDoNothingElse() throws Exception {
        UUID society = submitted();
        String message = registrationMessage("reg-roles-" + UUID.randomUUID(), Instant.now(), society, CreditCodes.fresh());
        for (JwtRequestPostProcessor other : List.of(admin(), secretaryOf(society),
                token("reviewer", null, null, "REVIEWER"))) {
            mvc.perform(post("/api/civil-affairs/registrations").with(other)
                            .contentType(MediaType.APPLICATION_JSON).content(message))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/civil-affairs/registrations").contentType(MediaType.APPLICATION_JSON).content(message))
                .andExpect(status().isUnauthorized());
        assertThat(register.get(society).getStatus()).isEqualTo(SocietyStatus.SUBMITTED);

        mvc.perform(post("/api/societies").with(civilAffairs()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason":"录入现有学会名录","name":"民政代建学会%s","disciplineCategory":"MEDICINE","hostUnit":"市科学技术协会"}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/" + society).with(civilAffairs())).andExpect(status().isForbidden());
        mvc.perform(get("/api/societies/audit").with(civilAffairs())).andExpect(status().isForbidden());
        mvc.perform(get("/api/civil-affairs/inbox").with(civilAffairs())).andExpect(status().isForbidden());
        mvc.perform(get("/api/civil-affairs/dispatches").with(civilAffairs())).andExpect(status().isForbidden());

        mvc.perform(get("/api/civil-affairs/inbox").with(secretaryOf(society))).andExpect(status().isForbidden());
        mvc.perform(get("/api/civil-affairs/dispatches").with(secretaryOf(society))).andExpect(status().isForbidden());
        mvc.perform(get("/api/civil-affairs/inbox").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/civil-affairs/inbox").param("status", "unheard-of").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    record Row(UUID id, DispatchStatus status, int attempts, Instant nextAttemptAt, String lastError) {
    }

    private static JwtRequestPostProcessor civilAffairs() {
        return token("service-account-civil-affairs", null, null, "CIVIL_AFFAIRS");
    }

    private ResultActions receive(String path, String body) throws Exception {
        return mvc.perform(post("/api/civil-affairs/" + path).with(civilAffairs())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String registrationMessage(String messageId, Instant sentAt, UUID society, String creditCode) {
        return """
                {"messageId":"%s","sentAt":"%s","societyId":"%s","creditCode":"%s","certificateDate":"2016-05-20"}"""
                .formatted(messageId, sentAt, society, creditCode);
    }

    /** A founding application handed in, with enough members and assets to be pre-approved. */
    private UUID submitted() {
        UUID id = UUID.randomUUID();
        String suffix = id.toString().substring(0, 8);
        registration.applyToFound(id, new SocietyProfile("济宁市测绘学会" + suffix, "测绘" + suffix,
                DisciplineCategory.ENGINEERING, "市自然资源和规划局", null, 120, 12, new BigDecimal("50000.00"),
                "济宁市任城区", "张" + suffix, null, null, null, null));
        registration.changePartyOrganisation(id, new PartyOrganisation(PartyOrganisationForm.INSTRUCTOR_ASSIGNED,
                LocalDate.of(2020, 1, 1), 0), ADMIN);
        registration.submit(id, ADMIN);
        return id;
    }

    private UUID active(String creditCode) {
        UUID id = UUID.randomUUID();
        String suffix = id.toString().substring(0, 8);
        registration.importExisting(id, SocietyProfile.of("济宁市城建学会" + suffix, "城建" + suffix,
                DisciplineCategory.URBAN_CONSTRUCTION, "市住房和城乡建设局"),
                ImportedFacts.of("录入现有学会名录", creditCode, LocalDate.of(2010, 3, 1)));
        return id;
    }

    private Row dispatch(UUID society, DispatchKind kind) {
        return jdbc.sql("""
                        SELECT id, status, attempts, next_attempt_at, last_error FROM civil_affairs_dispatch
                        WHERE society_id = ? AND kind = ?""")
                .params(society, kind.name())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), DispatchStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error")))
                .optional().orElse(null);
    }

    /**
     * Makes the dispatch due now instead of after its backoff and runs rounds of the sender until
     * one more attempt was made (the scheduled sender may be the one that makes it).
     */
    private void tryAgainNow(UUID dispatch) {
        int before = attempts(dispatch);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            jdbc.sql("UPDATE civil_affairs_dispatch SET next_attempt_at = now() - interval '1 second' WHERE id = ?")
                    .param(dispatch).update();
            sender.sendDue();
            return attempts(dispatch) > before;
        });
    }

    private int attempts(UUID dispatch) {
        return jdbc.sql("SELECT attempts FROM civil_affairs_dispatch WHERE id = ?").param(dispatch)
                .query(Integer.class).single();
    }

    private String inboxStatus(String messageId) {
        return jdbc.sql("SELECT status FROM civil_affairs_inbox WHERE message_id = ?").param(messageId)
                .query(String.class).optional().orElse(null);
    }

    private static StubMapping accept(DispatchKind kind, UUID society, int status) {
        return answer(kind, society, aResponse().withStatus(status));
    }

    private static StubMapping answer(DispatchKind kind, UUID society,
            ResponseDefinitionBuilder response) {
        return CIVIL_AFFAIRS.stubFor(WireMock.post(urlEqualTo(kind.path()))
                .withRequestBody(matchingJsonPath("$.societyId", equalTo(society.toString())))
                .willReturn(response));
    }

    private static List<LoggedRequest> requestsFor(DispatchKind kind, UUID society) {
        return CIVIL_AFFAIRS.findAll(postRequestedFor(urlEqualTo(kind.path()))
                .withRequestBody(matchingJsonPath("$.societyId", equalTo(society.toString()))));
    }

    private static String withWrongCheckCharacter(String code) {
        return code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
    }
}
