package org.citycast.event.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The iCalendar feeds parse as iCalendar and hold the published events, overall and per society. */
class CalendarTests extends Scenario {

    @Test
    void publishedEventsAreInTheFeedsAndDraftsAreNot() throws Exception {
        UUID one = society("日历学会" + UUID.randomUUID().toString().substring(0, 6));
        UUID two = society("日历他会" + UUID.randomUUID().toString().substring(0, 6));
        JsonNode published = publishedEvent(one, 10, "FORUM", 5);
        JsonNode draft = draft(one, 10, "LECTURE");
        JsonNode others = publishedEvent(two, 10, "LECTURE");

        Calendar all = calendar("/api/events/public/calendar.ics");
        List<String> uids = uids(all);
        assertThat(uids).contains(published.get("id").asString() + "@events.society-platform",
                others.get("id").asString() + "@events.society-platform");
        assertThat(uids).doesNotContain(draft.get("id").asString() + "@events.society-platform");

        Calendar own = calendar("/api/events/public/societies/" + one + "/calendar.ics");
        assertThat(uids(own)).containsExactly(published.get("id").asString() + "@events.society-platform");
        VEvent event = own.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(published.get("title").asString());
        assertThat(event.getDescription().getValue()).contains("分论坛1");
        assertThat(event.getDateTimeStart().getValue()).endsWith("Z");
    }

    private Calendar calendar(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        response.setCharacterEncoding("UTF-8");
        return new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }
}
