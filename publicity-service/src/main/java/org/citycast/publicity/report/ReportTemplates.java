package org.citycast.publicity.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The narrative template ADMIN edits; until it is first saved, the one shipped with the service. */
@Repository
class ReportTemplates {

    record Template(String body, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ReportTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Template current() {
        return jdbc.sql("SELECT body, updated_by, updated_at FROM report_template WHERE id = 'default'")
                .query((rs, row) -> new Template(rs.getString("body"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional().orElseGet(() -> new Template(shipped(), null, null));
    }

    void save(String body, String by, Instant now) {
        jdbc.sql("""
                        INSERT INTO report_template (id, body, updated_by, updated_at, version)
                        VALUES ('default', :body, :by, :now, 0)
                        ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at, version = report_template.version + 1""")
                .param("body", body).param("by", by).param("now", Timestamp.from(now)).update();
    }

    static String shipped() {
        try {
            return new ClassPathResource("report/template.md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
