package org.citycast.event.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.citycast.event.platform.TestTokens.editor;
import static org.citycast.event.platform.TestTokens.secretaryOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class RegistrationTests extends Scenario {

    @Test
    void thePublicSignsUpGetsATicketWithItsQrAndCancelsThroughTheLink() throws Exception {
        UUID organiser = society("报名学会" + UUID.randomUUID().toString().substring(0, 6));
        String event = publishedEvent(organiser, 1, "LECTURE").get("id").asString();
        JsonNode first = body(mvc.perform(signUp(event, "张三", "济宁", "+86 139-0000-0001", null))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.phone").value("139****0001"))
                .andReturn().getResponse().getContentAsString());
        String link = first.get("links").get("self").asString();
        String ticket = first.get("ticketCode").asString();
        assertThat(ticket).hasSize(10);

        byte[] png = mvc.perform(get(link + "/ticket.png")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png")).andReturn().getResponse().getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(ticket);

        JsonNode second = body(mvc.perform(signUp(event, "李四", "菏泽", phone(2), null))
                .andExpect(jsonPath("$.status").value("WAITING")).andExpect(jsonPath("$.waitingPosition").value(1))
                .andExpect(jsonPath("$.ticketCode").doesNotExist())
                .andReturn().getResponse().getContentAsString());
        mvc.perform(get(second.get("links").get("self").asString() + "/ticket.png")).andExpect(status().isConflict());

        mvc.perform(post(link + "/cancellation")).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post(link + "/cancellation")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(get(second.get("links").get("self").asString())).andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.ticketCode").exists());
        // having cancelled, the person may sign up again, at the end of the line
        mvc.perform(signUp(event, "张三", "济宁", phone(1).replace("139", "139"), null)).andExpect(status().isCreated());
    }

    @Test
    void signingUpIsOncePerPersonEvenAllAtOnceAndARepeatGivesNoTicket() throws Exception {
        UUID organiser = society("幂等学会" + UUID.randomUUID().toString().substring(0, 6));
        String event = publishedEvent(organiser, 10, "LECTURE").get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<JsonNode>> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                var response = mvc.perform(signUp(event, "王五", "济宁", "13900000077", null)).andReturn().getResponse();
                return body(response.getContentAsString());
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        int withTicket = 0;
        for (Future<JsonNode> answer : answers) {
            JsonNode body = answer.get();
            ids.add(body.get("registrationId").asString());
            withTicket += body.has("ticketCode") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(withTicket).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from registration where event_id = ?").param(UUID.fromString(event))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signUpsAreValidatedAndLimitedPerAddress() throws Exception {
        UUID organiser = society("限流学会" + UUID.randomUUID().toString().substring(0, 6));
        String event = publishedEvent(organiser, 100, "LECTURE").get("id").asString();
        mvc.perform(json(post("/api/events/public/events/" + event + "/registrations"), """
                        {"name":"","city":"","phone":"12345"}""").with(from(nextAddress())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(signUp(event, "某人", "济宁", phone(3), UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("subForumId"));

        String address = nextAddress();
        for (int i = 0; i < 10; i++) {
            mvc.perform(json(post("/api/events/public/events/" + event + "/registrations"), """
                    {"name":"同一地址%d","city":"济宁","phone":"%s"}""".formatted(i, phone(700 + i))).with(from(address)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(json(post("/api/events/public/events/" + event + "/registrations"), """
                        {"name":"第十一位","city":"济宁","phone":"%s"}""".formatted(phone(711))).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(signUp(event, "别处的人", "济宁", phone(712), null)).andExpect(status().isCreated());
    }

    @Test
    void anInvitationOnlyEventAdmitsHoldersOfACodeOnce() throws Exception {
        UUID organiser = society("邀请学会" + UUID.randomUUID().toString().substring(0, 6));
        String draft = draft(organiser, 10, "TRAINING").get("id").asString();
        JsonNode current = body(mvc.perform(get("/api/events/" + draft).with(admin())).andReturn().getResponse()
                .getContentAsString());
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/events/" + draft)
                .with(admin()), """
                {"title":"邀请制培训","kind":"TRAINING","startsAt":"%s","endsAt":"%s","venue":"某地","capacity":10,
                 "registrationMode":"INVITATION"}""".formatted(current.get("startsAt").asString(),
                current.get("endsAt").asString()))).andExpect(status().isOk());
        mvc.perform(post("/api/events/" + draft + "/publication").with(admin())).andExpect(status().isOk());
        String code = body(mvc.perform(json(post("/api/events/" + draft + "/invitations").with(secretaryOf(organiser)), """
                        {"invitee":"赵六","organisation":"济宁学院"}""")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("code").asString();

        mvc.perform(signUp(draft, "路人", "济宁", phone(801), null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invitationCode"));
        String withCode = """
                {"name":"%s","city":"济宁","phone":"%s","invitationCode":"%s"}""";
        mvc.perform(json(post("/api/events/public/events/" + draft + "/registrations"), withCode.formatted("赵六",
                phone(802), code.toLowerCase())).with(from(nextAddress()))).andExpect(status().isCreated());
        mvc.perform(json(post("/api/events/public/events/" + draft + "/registrations"), withCode.formatted("冒用者",
                phone(803), code)).with(from(nextAddress()))).andExpect(status().isConflict());
        mvc.perform(json(post("/api/events/public/events/" + draft + "/registrations"), withCode.formatted("乱填",
                phone(804), "WRONGCODE")).with(from(nextAddress()))).andExpect(status().isBadRequest());
    }

    @Test
    void phonesAreShownInFullOnlyToAdminAndTheOrganiser() throws Exception {
        UUID organiser = society("隐私学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID partner = society("隐私协办" + UUID.randomUUID().toString().substring(0, 6));
        String event = publishedEvent(organiser, 10, "LECTURE").get("id").asString();
        jdbc.sql("insert into event_co_organiser (event_id, society_id) values (?, ?)")
                .params(UUID.fromString(event), partner).update();
        mvc.perform(signUp(event, "钱七", "泰安", "13912345678", null)).andExpect(status().isCreated());

        for (var full : List.of(admin(), secretaryOf(organiser))) {
            mvc.perform(get("/api/events/" + event + "/registrations").with(full))
                    .andExpect(jsonPath("$[0].phone").value("13912345678"))
                    .andExpect(jsonPath("$[0].ticketCode").exists());
        }
        for (var masked : List.of(secretaryOf(partner), editor())) {
            mvc.perform(get("/api/events/" + event + "/registrations").with(masked))
                    .andExpect(jsonPath("$[0].phone").value("139****5678"))
                    .andExpect(jsonPath("$[0].ticketCode").doesNotExist());
        }
        mvc.perform(get("/api/events/" + event + "/registrations.xlsx").with(secretaryOf(partner)))
                .andExpect(status().isForbidden());
        byte[] sheet = mvc.perform(get("/api/events/" + event + "/registrations.xlsx").with(secretaryOf(organiser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(3).getStringCellValue()).isEqualTo("手机");
            assertThat(rows.getRow(1).getCell(0).getStringCellValue()).isEqualTo("钱七");
            assertThat(rows.getRow(1).getCell(3).getStringCellValue()).isEqualTo("13912345678");
            assertThat(rows.getRow(1).getCell(5).getStringCellValue()).isEqualTo("已确认");
        }
    }
}
