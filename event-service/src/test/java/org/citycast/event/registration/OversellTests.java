package org.citycast.event.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.event.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.citycast.event.Scenario;
import org.junit.jupiter.api.RepeatedTest;

import tools.jackson.databind.JsonNode;

/**
 * Never oversold: many people sign up at once at a nearly full event and at a full sub-forum;
 * exactly the free places are taken, everyone else waits in the order they were let in, and one
 * cancellation promotes exactly one person, the first in line.
 */
class OversellTests extends Scenario {

    static final int EVENT_CAPACITY = 20;
    static final int ALREADY_IN = 17;
    static final int FORUM_CAPACITY = 8;
    static final int CONCURRENT = 30;

    record Attempt(int status, String registrationId, String secret, String registrationStatus) {
    }

    @RepeatedTest(10)
    void concurrentSignUpsNeverOversellAndTheWaitingListMovesByOne() throws Exception {
        UUID organiser = society("防超卖学会" + UUID.randomUUID().toString().substring(0, 8));
        JsonNode event = publishedEvent(organiser, EVENT_CAPACITY, "ANNUAL_MEETING", FORUM_CAPACITY);
        String eventId = event.get("id").asString();
        String forumId = event.get("subForums").get(0).get("id").asString();
        int n = 0;
        for (int i = 0; i < ALREADY_IN; i++) {
            assertThat(attempt(eventId, null, ++n).registrationStatus()).isEqualTo("ADMITTED");
        }
        List<Attempt> forumIn = new ArrayList<>();
        for (int i = 0; i < FORUM_CAPACITY; i++) {
            forumIn.add(attempt(eventId, forumId, ++n));
        }
        assertThat(forumIn).allSatisfy(a -> assertThat(a.registrationStatus()).isEqualTo("ADMITTED"));

        List<Attempt> atEvent = concurrently(eventId, null, n);
        List<Attempt> atForum = concurrently(eventId, forumId, n + CONCURRENT);

        assertThat(atEvent).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(atForum).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(atEvent).filteredOn(a -> a.registrationStatus().equals("ADMITTED"))
                .hasSize(EVENT_CAPACITY - ALREADY_IN);
        assertThat(atForum).filteredOn(a -> a.registrationStatus().equals("ADMITTED")).isEmpty();
        assertThat(admitted(UUID.fromString(eventId))).isEqualTo(EVENT_CAPACITY);
        assertThat(admitted(UUID.fromString(forumId))).isEqualTo(FORUM_CAPACITY);

        List<UUID> eventLine = line(UUID.fromString(eventId));
        List<UUID> forumLine = line(UUID.fromString(forumId));
        assertThat(eventLine).hasSize(CONCURRENT - (EVENT_CAPACITY - ALREADY_IN));
        assertThat(forumLine).hasSize(CONCURRENT);
        assertPositionsFollowTheLine(eventId, eventLine);
        assertPositionsFollowTheLine(eventId, forumLine);

        // one admitted person cancels at each: the first in line, and only they, get the place
        cancel(atEvent.stream().filter(a -> a.registrationStatus().equals("ADMITTED")).findFirst().orElseThrow());
        cancel(forumIn.get(0));
        assertThat(admitted(UUID.fromString(eventId))).isEqualTo(EVENT_CAPACITY);
        assertThat(admitted(UUID.fromString(forumId))).isEqualTo(FORUM_CAPACITY);
        assertThat(statusOf(eventLine.get(0))).isEqualTo("ADMITTED");
        assertThat(statusOf(forumLine.get(0))).isEqualTo("ADMITTED");
        assertThat(line(UUID.fromString(eventId))).isEqualTo(eventLine.subList(1, eventLine.size()));
        assertThat(line(UUID.fromString(forumId))).isEqualTo(forumLine.subList(1, forumLine.size()));
    }

    /** Fires {@link #CONCURRENT} sign-ups at once, each by another person from another address. */
    private List<Attempt> concurrently(String eventId, String forumId, int firstPerson) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Attempt>> futures = new ArrayList<>();
            for (int i = 1; i <= CONCURRENT; i++) {
                int person = firstPerson + i;
                Callable<Attempt> call = () -> {
                    start.await();
                    return attempt(eventId, forumId, person);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> future : futures) {
                attempts.add(future.get());
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private Attempt attempt(String eventId, String forumId, int person) throws Exception {
        var response = mvc.perform(signUp(eventId, "报名人" + person, "济宁", phone(person), forumId)).andReturn()
                .getResponse();
        JsonNode body = body(response.getContentAsString());
        String self = body.path("links").path("self").asString(null);
        return new Attempt(response.getStatus(), body.path("registrationId").asString(null),
                self == null ? null : self.substring(self.lastIndexOf('/') + 1), body.path("status").asString(null));
    }

    private void cancel(Attempt attempt) throws Exception {
        mvc.perform(post("/api/events/public/registrations/" + attempt.secret() + "/cancellation"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    private long admitted(UUID target) {
        return jdbc.sql("select count(*) from registration where target_id = ? and status = 'ADMITTED'").param(target)
                .query(Long.class).single();
    }

    /** The waiting list in the order it was formed. */
    private List<UUID> line(UUID target) {
        return jdbc.sql("select id from registration where target_id = ? and status = 'WAITING' order by queue_number")
                .param(target).query(UUID.class).list();
    }

    private String statusOf(UUID registration) {
        return jdbc.sql("select status from registration where id = ?").param(registration).query(String.class)
                .single();
    }

    /** Staff's list shows positions 1, 2, 3, ... in exactly the line's order. */
    private void assertPositionsFollowTheLine(String eventId, List<UUID> line) throws Exception {
        JsonNode list = body(mvc.perform(get("/api/events/" + eventId + "/registrations").with(admin()))
                .andReturn().getResponse().getContentAsString());
        Map<String, Long> positions = list.valueStream().filter(r -> r.get("status").asString().equals("WAITING"))
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("waitingPosition").asLong()));
        List<String> byPosition = positions.entrySet().stream().filter(e -> line.contains(UUID.fromString(e.getKey())))
                .sorted(Comparator.comparing(Map.Entry::getValue)).map(Map.Entry::getKey).toList();
        assertThat(byPosition).isEqualTo(line.stream().map(UUID::toString).toList());
        assertThat(line.stream().map(id -> positions.get(id.toString())).toList())
                .isEqualTo(LongStream.rangeClosed(1, line.size()).boxed().toList());
    }
}
