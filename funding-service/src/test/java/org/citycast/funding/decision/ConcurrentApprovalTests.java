package org.citycast.funding.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citycast.funding.platform.TestTokens.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.citycast.funding.Grants;
import org.citycast.funding.GrantsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Many approvals at once, asking for more than the allocation holds: the allocation is never
 * over-committed, every approval that was answered 200 is committed exactly once, and every
 * refused one was refused because the money ran out. Repeated, since a race shows only sometimes.
 */
class ConcurrentApprovalTests extends GrantsTest {

    static final BigDecimal ALLOCATED = new BigDecimal("60000.00");
    static final int APPLICATIONS = 16;

    @BeforeEach
    void grants() {
    }

    @RepeatedTest(10)
    void manyApprovalsAtOnceNeverOverCommitTheAllocation() throws Exception {
        Grants.Scope scope = grants.scope(ALLOCATED);
        UUID call = grants.call(scope, new BigDecimal("9000.00"));
        UUID society = grants.society("济宁市并发学会", "ACTIVE");
        Map<UUID, BigDecimal> amounts = new ConcurrentHashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            // 3,000.00 to 8,500.00: together 90,000.00, far more than the allocation
            BigDecimal amount = new BigDecimal(3000 + (i * 2500) % 6000 + ".00");
            UUID id = grants.reviewed(society, call, scope, amount);
            amounts.put(id, amount);
            ids.add(id);
        }
        // the same grant approved twice at once, as a double click would: it must count once
        List<UUID> requests = new ArrayList<>(ids);
        requests.add(ids.get(0));
        requests.add(ids.get(1));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (UUID id : requests) {
            answers.add(pool.submit(() -> {
                start.await();
                return mvc.perform(json(post("/api/funding/applications/" + id + "/decision").with(admin()),
                        "{\"approved\":true,\"amount\":\"%s\"}".formatted(amounts.get(id).toPlainString())))
                        .andReturn().getResponse();
            }));
        }
        start.countDown();
        List<UUID> approved = new ArrayList<>();
        Map<UUID, List<String>> refusals = new ConcurrentHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            MockHttpServletResponse answer = answers.get(i).get(60, TimeUnit.SECONDS);
            if (answer.getStatus() == 200) {
                approved.add(requests.get(i));
            } else {
                assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(409);
                refusals.computeIfAbsent(requests.get(i), id -> new ArrayList<>()).add(answer.getContentAsString());
            }
        }
        List<UUID> refused = ids.stream().filter(id -> !approved.contains(id)).toList();
        for (UUID id : refused) {
            assertThat(refusals.get(id)).allSatisfy(detail -> assertThat(detail).contains("The money ran out"));
        }
        for (UUID id : approved) {
            // the second of a double click finds the grant already decided, or losing the race on its version
            assertThat(refusals.getOrDefault(id, List.of())).allSatisfy(detail -> assertThat(detail)
                    .containsAnyOf("The money ran out", "is APPROVED", "changed this record at the same time"));
        }
        pool.shutdown();

        assertThat(approved).doesNotHaveDuplicates();
        var allocation = jdbc.sql("SELECT allocated, committed, available FROM allocation WHERE year = ? AND category_code = ?")
                .params(scope.year(), scope.category())
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)})
                .single();
        BigDecimal approvedTotal = approved.stream().map(amounts::get).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(allocation[1]).isLessThanOrEqualTo(ALLOCATED).isEqualByComparingTo(approvedTotal);
        assertThat(allocation[0]).isEqualByComparingTo(allocation[1].add(allocation[2]));
        assertThat(approved.size() + refused.size()).isEqualTo(APPLICATIONS);
        assertThat(approved).isNotEmpty();
        assertThat(refused).isNotEmpty();
        // available only fell during the run, so whatever was refused still does not fit
        for (UUID id : refused) {
            assertThat(amounts.get(id)).isGreaterThan(allocation[2]);
        }
        assertThat(grants.statuses(approved)).containsOnly("APPROVED");
        assertThat(grants.statuses(refused)).containsOnly("REVIEWED");
        for (UUID id : ids) {
            long commitments = jdbc.sql("SELECT count(*) FROM ledger_entry WHERE application_id = ? AND kind = 'COMMITTED'")
                    .param(id).query(Long.class).single();
            assertThat(commitments).as("commitments of " + id).isEqualTo(approved.contains(id) ? 1 : 0);
        }
    }
}
