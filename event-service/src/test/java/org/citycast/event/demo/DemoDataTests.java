package org.citycast.event.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.citycast.event.Scenario;
import org.citycast.event.brand.AcademicHall;
import org.citycast.event.checkin.AttendanceService;
import org.citycast.event.event.EventService;
import org.citycast.event.plan.PlanService;
import org.citycast.event.registration.RegistrationService;
import org.citycast.event.society.KnownSocieties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The demo loads through the services and its figures add up (the demo societies are made known first). */
class DemoDataTests extends Scenario {

    @Autowired
    KnownSocieties societies;
    @Autowired
    PlanService plans;
    @Autowired
    AcademicHall hall;
    @Autowired
    EventService events;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AttendanceService attendance;

    @Test
    void theDemoLoadsAndItsFiguresAddUp() throws Exception {
        Map<String, UUID> byName = new HashMap<>();
        for (String name : DemoData.HELD.keySet()) {
            byName.put(name, society(name + UUID.randomUUID().toString().substring(0, 4)));
        }
        byName.put(DemoData.PLANNING_ONLY, society(DemoData.PLANNING_ONLY + UUID.randomUUID().toString().substring(0, 4)));
        knownAs(DemoData.MEDICAL, "济宁市医学会");
        knownAs(DemoData.NURSING, "济宁市护理学会");
        int year = Year.now().getValue();
        int sessionsBefore = hall.ofYear(year).size();

        new DemoData(societies, plans, hall, events, registrations, attendance, clock).load(byName);

        assertThat(hall.ofYear(year)).hasSize(sessionsBefore + 3);
        JsonNode stats = body(mvc.perform(get("/api/events/stats?year=" + year).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        long byCity = stats.get("attendance").get("byCity").valueStream().mapToLong(JsonNode::asLong).sum();
        assertThat(byCity).isEqualTo(stats.get("attendance").get("total").asLong()).isPositive();
        assertThat(stats.get("outreach").get("beneficiaries").asLong()).isGreaterThanOrEqualTo(1200);
        long meetingRegistrations = jdbc.sql("""
                select count(*) from registration r join academic_event e on e.id = r.event_id
                where e.organiser_id = ? and e.kind = 'ANNUAL_MEETING'""").param(DemoData.MEDICAL)
                .query(Long.class).single();
        assertThat(meetingRegistrations).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("""
                select count(*) from check_in c join academic_event e on e.id = c.event_id
                where e.organiser_id = ? and e.kind = 'ANNUAL_MEETING'""").param(DemoData.MEDICAL)
                .query(Long.class).single()).isEqualTo(140);

        new DemoData(societies, plans, hall, events, registrations, attendance, clock).load(byName);
        assertThat(hall.ofYear(year)).hasSize(sessionsBefore + 3);
    }

    /** The secretaries' societies have fixed ids in the demo; another test may already have made them known. */
    private void knownAs(UUID id, String name) throws Exception {
        if (societies.existsById(id)) {
            return;
        }
        UUID made = society(name);
        jdbc.sql("update society set id = ? where id = ?").params(id, made).update();
    }
}
