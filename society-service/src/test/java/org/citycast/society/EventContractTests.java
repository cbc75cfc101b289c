package org.citycast.society;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.society.platform.TestTokens.admin;
import static org.citycast.society.platform.TestTokens.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citycast.society.evaluation.Grade;
import org.citycast.society.evaluation.GradeLevel;
import org.citycast.society.evaluation.GradeService;
import org.citycast.society.inspection.InspectionOutcome;
import org.citycast.society.inspection.InspectionService;
import org.citycast.society.platform.AssociationTime;
import org.citycast.society.registration.CreditCodes;
import org.citycast.society.registration.RegistrationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event society-service publishes is produced for real, through the API or the service the
 * way its cause happens, read back from Kafka, and checked against its sample in
 * {@code src/main/resources/events/}: the envelope, and the shape of {@code data} field by field,
 * so that the sample the consumers' tests feed them is what they will get.
 */
class EventContractTests extends ServiceTest {

    @Autowired
    RegistrationService registration;
    @Autowired
    InspectionService inspections;
    @Autowired
    GradeService grades;

    Consumer<String, String> topic;
    final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    @BeforeEach
    void listen() {
        topic = broker.consumerOf("society.events");
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void societyRegistered() throws Exception {
        UUID society = founded();
        registration.recordRegistration(society, CreditCodes.fresh(), LocalDate.now().minusDays(1));
        matchesSample(society, "SocietyRegistered.v1");
    }

    @Test
    void societyStatusChanged() throws Exception {
        UUID society = imported();
        mvc.perform(json(post("/api/societies/" + society + "/deregistration/resolution").with(admin()), """
                {"reason":"会员代表大会决议解散"}""")).andExpect(status().isOk());
        matchesSample(society, "SocietyStatusChanged.v1");
    }

    @Test
    void societyJoined() throws Exception {
        UUID society = id(mvc.perform(json(post("/api/societies/transfers").with(admin()), """
                {"name":"契约转入学会%s","shortName":"契转%s","disciplineCategory":"ENGINEERING",
                 "hostUnit":"市工业和信息化局","creditCode":"%s","registeredOn":"2009-04-01",
                 "partyOrganisation":{"form":"JOINT","establishedOn":"2020-01-01","memberCount":4}}"""
                .formatted(tag(), tag(), CreditCodes.fresh()))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
        mvc.perform(post("/api/societies/" + society + "/joining").with(admin())).andExpect(status().isOk());
        matchesSample(society, "SocietyJoined.v1");
    }

    @Test
    void societyDisqualified() throws Exception {
        UUID society = imported();
        registration.disqualify(society, "处于停滞状态，名存实亡");
        matchesSample(society, "SocietyDisqualified.v1");
    }

    @Test
    void societyDeregistered() throws Exception {
        UUID society = imported();
        mvc.perform(json(post("/api/societies/" + society + "/deregistration/resolution").with(admin()), """
                {"reason":"会员代表大会决议解散"}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/deregistration/liquidation").with(admin()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + society + "/deregistration/consent").with(admin()))
                .andExpect(status().isOk());
        registration.recordDeregistration(society);
        matchesSample(society, "SocietyDeregistered.v1");
    }

    @Test
    void partyOrganisationChanged() throws Exception {
        UUID society = imported();
        mvc.perform(json(put("/api/societies/" + society + "/party-organisation").with(admin()), """
                {"form":"STANDALONE","establishedOn":"2016-07-01","memberCount":12}""")).andExpect(status().isOk());
        matchesSample(society, "PartyOrganisationChanged.v1");
    }

    @Test
    void societyDetailsChanged() throws Exception {
        UUID society = imported();
        mvc.perform(json(put("/api/societies/" + society + "/health-tier").with(admin()), """
                {"healthTier":"SOUND_WEAK"}""")).andExpect(status().isOk());
        matchesSample(society, "SocietyDetailsChanged.v1");
    }

    @Test
    void termRenewed() throws Exception {
        UUID society = imported();
        mvc.perform(json(post("/api/societies/" + society + "/terms").with(admin()), """
                {"startedOn":"2020-01-01"}""")).andExpect(status().isCreated());
        mvc.perform(json(post("/api/societies/" + society + "/terms/current/result").with(admin()), """
                {"electedOn":"%s","leaders":[{"position":"理事长","name":"周强","workplace":"济宁学院"}]}"""
                .formatted(LocalDate.now().minusDays(3)))).andExpect(status().isOk());
        matchesSample(society, "TermRenewed.v1");
    }

    @Test
    void annualInspectionForwardedAndCompleted() throws Exception {
        UUID society = imported();
        int year = 2007;
        clock.setToday(LocalDate.of(year + 1, 2, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;
        mvc.perform(json(put(base + "/report").with(admin()), """
                {"summary":"全年举办学术年会1次","activitiesHeld":7,"individualMembers":320,"unitMembers":12,
                 "income":"86000.00","expenditure":"79500.50","netAssets":"120300.25"}""")).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":true}")).andExpect(status().isOk());
        mvc.perform(post(base + "/forwarding").with(admin())).andExpect(status().isOk());
        inspections.recordOutcome(society, year, InspectionOutcome.QUALIFIED);
        matchesSample(society, "AnnualInspectionForwarded.v1");
        matchesSample(society, "AnnualInspectionCompleted.v1");
    }

    @Test
    void evaluationRoundOpenedAndSocietyGraded() throws Exception {
        UUID society = imported();
        LocalDate today = LocalDate.now(AssociationTime.ZONE);
        UUID round = id(mvc.perform(json(post("/api/societies/evaluation/rounds").with(admin()), """
                {"year":%d,"name":"契约评估","applicationsCloseOn":"%s"}""".formatted(today.getYear(), today.plusDays(30))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UUID application = id(mvc.perform(json(post("/api/societies/" + society + "/evaluation/applications")
                        .with(admin()), """
                {"roundId":"%s","selfAssessment":{"basicConditions":55,"internalGovernance":300,"workPerformance":350,
                 "socialEvaluation":130,"partyBuilding":65}}""".formatted(round)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UUID expert = UUID.randomUUID();
        mvc.perform(json(post("/api/societies/evaluation/applications/" + application + "/assessors").with(admin()),
                "{\"expertId\":\"" + expert + "\",\"name\":\"周强\",\"employer\":\"济宁学院\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/scoring").with(admin())).andExpect(status().isOk());
        mvc.perform(json(put("/api/societies/evaluation/applications/" + application + "/assessments/mine")
                .with(reviewer(expert)), """
                {"points":{"basicConditions":55,"internalGovernance":300,"workPerformance":350,"socialEvaluation":130,
                 "partyBuilding":45}}""")).andExpect(status().isOk());
        mvc.perform(json(post("/api/societies/evaluation/rounds/" + round + "/notice").with(admin()),
                "{\"noticePeriod\":\"PT10S\"}")).andExpect(status().isOk());
        clock.setToday(today.plusDays(1));
        mvc.perform(post("/api/societies/evaluation/rounds/" + round + "/confirmation").with(admin()))
                .andExpect(status().isOk());
        matchesSample(round, "EvaluationRoundOpened.v1");
        matchesSample(society, "SocietyGraded.v1");
    }

    @Test
    void gradeLoweredAndLapsed() throws Exception {
        UUID society = imported();
        Grade grade = grades.recordPastGrade(society, GradeLevel.AAAA, new BigDecimal("880.0"),
                LocalDate.now().minusMonths(6));
        mvc.perform(json(post("/api/societies/grades/" + grade.getId() + "/lowering").with(admin()), """
                {"level":"AA","reason":"年度抽查发现财务管理不规范"}""")).andExpect(status().isOk());
        mvc.perform(json(post("/api/societies/grades/" + grade.getId() + "/revocation").with(admin()), """
                {"reason":"提供虚假评估材料"}""")).andExpect(status().isOk());
        matchesSample(society, "GradeLowered.v1");
        matchesSample(society, "GradeLapsed.v1");
    }

    @Test
    void functionTransferAwarded() throws Exception {
        UUID society = imported();
        grades.recordPastGrade(society, GradeLevel.AAAA, new BigDecimal("880.0"), LocalDate.now().minusMonths(6));
        mvc.perform(json(post("/api/societies/function-transfers").with(admin()), """
                {"kind":"FUNCTION_TRANSFER","title":"继续医学教育学分审验","commissioningBureau":"市卫生健康委员会",
                 "function":"承接继续医学教育项目评审与学分审验","contractAmount":"186000.00","startsOn":"2026-07-01",
                 "endsOn":"2027-06-30","societyId":"%s"}""".formatted(society))).andExpect(status().isCreated());
        matchesSample(society, "FunctionTransferAwarded.v1");
    }

    @Test
    void deadlinesScheduledMetAndCancelled() throws Exception {
        UUID society = imported();
        int year = 2008;
        clock.setToday(LocalDate.of(year + 1, 2, 1));
        mvc.perform(post("/api/societies/inspections/rounds/" + year).with(admin())).andExpect(status().isOk());
        String base = "/api/societies/" + society + "/inspections/" + year;
        String report = """
                {"summary":"全年举办学术年会1次","activitiesHeld":7,"individualMembers":320,"unitMembers":12,
                 "income":"86000.00","expenditure":"79500.50","netAssets":"120300.25"}""";
        mvc.perform(json(put(base + "/report").with(admin()), report)).andExpect(status().isOk());
        mvc.perform(json(post(base + "/pre-review").with(admin()), "{\"passed\":false,\"comments\":\"补充材料\"}"))
                .andExpect(status().isOk());
        matchesSample("annual-report:" + society + ":" + year, "DeadlineScheduled.v1");
        matchesSample("annual-report:" + society + ":" + year, "DeadlineMet.v1");
        matchesSample("inspection-forwarding:" + society + ":" + year, "DeadlineCancelled.v1");
    }

    /** The record of {@code type} about {@code society} has the sample's envelope and the sample's shape. */
    private void matchesSample(UUID society, String type) throws Exception {
        matchesSample(society.toString(), type);
    }

    /** The record of {@code type} keyed by {@code subject} (a society, or a deadline's id) against its sample. */
    private void matchesSample(String subject, String type) throws Exception {
        JsonNode sample = json.readTree(new ClassPathResource("events/" + type + ".json").getInputStream());
        ConsumerRecord<String, String> record = record(subject, type);
        ObjectNode event = (ObjectNode) json.readTree(record.value());
        // the CloudEvents tracing extension: present when the cause was traced (TraceContextTests)
        JsonNode traceparent = event.remove("traceparent");
        if (traceparent != null) {
            assertThat(traceparent.asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }

        assertThat(shape(event)).as(type + " on the wire against its sample").isEqualTo(shape(sample));
        assertThat(event.get("type").asString()).isEqualTo(sample.get("type").asString()).isEqualTo(type);
        assertThat(event.get("specversion").asString()).isEqualTo(sample.get("specversion").asString());
        assertThat(event.get("source").asString()).isEqualTo("society-service").isEqualTo(sample.get("source").asString());
        assertThat(event.get("datacontenttype").asString()).isEqualTo(sample.get("datacontenttype").asString());
        assertThat(event.get("subject").asString()).isEqualTo(record.key()).isEqualTo(subject);
        assertThat(event.get("id").asString()).isEqualTo(event.get("data").get("eventId").asString());
        assertThat(event.get("time").asString()).isEqualTo(event.get("data").get("occurredAt").asString());
        JsonNode data = sample.get("data");
        JsonNode subjectInSample = data.has("society") ? data.get("society").get("id")
                : data.has("deadlineId") ? data.get("deadlineId")
                : data.has("societyId") ? data.get("societyId")
                : data.get("roundId");
        assertThat(subjectInSample.asString()).as("the sample's subject is its society (or its deadline or round)")
                .isEqualTo(sample.get("subject").asString());
    }

    /** Every path in the node with the JSON type found there; an array stands for its first element. */
    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        shape("", node, shape);
        return shape;
    }

    private static void shape(String path, JsonNode node, Map<String, String> shape) {
        shape.put(path.isEmpty() ? "$" : path, node.getNodeType().name());
        if (node.isObject()) {
            for (String field : node.propertyNames()) {
                shape(path + "." + field, node.get(field), shape);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            shape(path + "[]", node.get(0), shape);
        }
    }

    /** The record; records read while looking for another one are kept, since one poll may bring several. */
    private ConsumerRecord<String, String> record(String society, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            for (ConsumerRecord<String, String> record : received) {
                if (society.equals(record.key())
                        && type.equals(json.readTree(record.value()).get("type").asString())) {
                    return record;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type + " for " + society + " within 15 s; saw " + received.stream()
                        .filter(record -> society.equals(record.key()))
                        .map(record -> json.readTree(record.value()).get("type").asString()).toList());
            }
            KafkaTestUtils.getRecords(topic, Duration.ofMillis(500)).forEach(received::add);
        }
    }

    private UUID founded() throws Exception {
        UUID id = id(mvc.perform(json(post("/api/societies/founding-applications").with(admin()), """
                {"name":"契约新建学会%s","shortName":"契新%s","disciplineCategory":"SCIENCE","hostUnit":"市科学技术协会",
                 "individualMembers":60,"unitMembers":0,"assets":"30000.00","legalRepresentative":"孙丽",
                 "address":"济宁市"}""".formatted(tag(), tag()))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString());
        mvc.perform(json(put("/api/societies/" + id + "/party-organisation").with(admin()), """
                {"form":"INSTRUCTOR_ASSIGNED","establishedOn":"2020-01-01","memberCount":0}""")).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + id + "/submission").with(admin())).andExpect(status().isOk());
        mvc.perform(post("/api/societies/" + id + "/pre-approval").with(admin())).andExpect(status().isOk());
        return id;
    }

    private UUID imported() throws Exception {
        return id(mvc.perform(json(post("/api/societies").with(admin()), """
                {"name":"契约学会%s","shortName":"契%s","disciplineCategory":"MEDICINE","hostUnit":"市卫生健康委员会",
                 "creditCode":"%s","registeredOn":"2001-09-01","reason":"录入现有学会名录"}"""
                .formatted(tag(), tag(), CreditCodes.fresh()))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString());
    }

    private UUID id(String body) {
        return UUID.fromString(json.readTree(body).get("id").asString());
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
