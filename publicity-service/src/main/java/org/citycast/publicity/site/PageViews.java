package org.citycast.publicity.site;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.citycast.publicity.platform.AssociationTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Page views, counted in memory on the request path and written in batches: a page view never waits
 * for the database. Each count is taken out of the buffer atomically when flushed, so a view counted
 * during a flush lands in the next one; a flush that fails puts its counts back.
 */
@Component
class PageViews {

    record Key(String siteKey, LocalDate day, String path) {
    }

    static final String PORTAL = "portal";

    private static final Logger log = LoggerFactory.getLogger(PageViews.class);

    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxPending;

    PageViews(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${platform.page-views.max-pending:100000}") int maxPending) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.maxPending = maxPending;
    }

    /** One view of a page of a site ({@link #PORTAL} or a society id), on today's date in Jining. */
    void count(String siteKey, String path) {
        Key key = new Key(siteKey, AssociationTime.today(clock), path);
        // a flood of distinct paths cannot grow the buffer without bound between two flushes
        if (pending.size() >= maxPending && !pending.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        pending.merge(key, 1L, Long::sum);
    }

    @Scheduled(initialDelayString = "${platform.page-views.flush-interval:PT10S}",
            fixedDelayString = "${platform.page-views.flush-interval:PT10S}")
    @PreDestroy
    void flush() {
        List<Map.Entry<Key, Long>> batch = new ArrayList<>();
        for (Key key : pending.keySet()) {
            Long views = pending.remove(key);
            if (views != null) {
                batch.add(Map.entry(key, views));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                for (Map.Entry<Key, Long> entry : batch) {
                    jdbc.sql("""
                                    INSERT INTO page_view (site_key, day, path, views) VALUES (:site, :day, :path, :views)
                                    ON CONFLICT (site_key, day, path) DO UPDATE SET views = page_view.views + excluded.views""")
                            .param("site", entry.getKey().siteKey()).param("day", Date.valueOf(entry.getKey().day()))
                            .param("path", entry.getKey().path()).param("views", entry.getValue())
                            .update();
                }
            });
        } catch (RuntimeException e) {
            batch.forEach(entry -> pending.merge(entry.getKey(), entry.getValue(), Long::sum));
            log.warn("Page views could not be written; {} counts kept for the next flush: {}", batch.size(), e.toString());
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            log.warn("{} page views of new pages were not counted: the buffer was full", lost);
        }
    }
}
