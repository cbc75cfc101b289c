package org.citycast.society.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.citycast.society.platform.InstanceName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs a daily job and records the run: which instance, when it started and ended, and what it
 * did or why it failed. Called from inside the job's lock, so a firing leaves one row.
 */
@Service
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);
    private static final int MAX_SUMMARY = 1000;

    private final JdbcClient jdbc;
    private final InstanceName instance;

    JobRuns(JdbcClient jdbc, InstanceName instance) {
        this.jdbc = jdbc;
        this.instance = instance;
    }

    /** One recorded run of a job. */
    public record JobRun(UUID id, String job, String instance, Instant startedAt, Instant finishedAt, String outcome,
            String summary) {
    }

    /** Runs {@code work} as a run of {@code job}; {@code summary} says what it did. A failure is recorded and rethrown. */
    public <T> T run(String job, Supplier<T> work, Function<T, String> summary) {
        UUID id = UUID.randomUUID();
        // wall-clock time of the run itself: the jobs' own "today" may be a test's, this is when it really ran
        jdbc.sql("INSERT INTO job_run (id, job, instance, started_at, outcome) VALUES (?, ?, ?, ?, 'RUNNING')")
                .params(id, job, instance.value(), Timestamp.from(Instant.now()))
                .update();
        try {
            T result = work.get();
            finish(id, "DONE", summary.apply(result));
            return result;
        } catch (RuntimeException e) {
            log.warn("Job {} failed on {}: {}", job, instance.value(), e.toString());
            finish(id, "FAILED", e.toString());
            throw e;
        }
    }

    /** The latest runs, newest first, of one job or of all. */
    public List<JobRun> latest(String job, int limit) {
        return jdbc.sql("""
                        SELECT * FROM job_run WHERE (CAST(:job AS text) IS NULL OR job = :job)
                        ORDER BY started_at DESC LIMIT :limit""")
                .param("job", job)
                .param("limit", limit)
                .query((rs, n) -> new JobRun(rs.getObject("id", UUID.class), rs.getString("job"),
                        rs.getString("instance"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("outcome"), rs.getString("summary")))
                .list();
    }

    private void finish(UUID id, String outcome, String summary) {
        String text = summary != null && summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
        jdbc.sql("UPDATE job_run SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now()), outcome, text, id)
                .update();
    }
}
