package org.citycast.publicity.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.platform.AssociationTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the public sites, the display boards and the report read of the content: published articles only. */
@Component
@Transactional(readOnly = true)
public class PublishedArticles {

    public record Summary(UUID id, ArticleKind kind, UUID columnId, String columnName, UUID societyId, String title,
            String summary, Instant publishedAt, String personName, String personTitle, String personEmployer,
            UUID expertId, boolean disciplineLeader) {

        public LocalDate publishedOn() {
            return publishedAt.atZone(AssociationTime.ZONE).toLocalDate();
        }
    }

    public record Full(Summary summary, String body, List<Channel> channels, String campaignName) {
    }

    public record Column(UUID id, String name, String description) {
    }

    public record Image(String contentType, byte[] bytes) {
    }

    /** What the report counts of a year's publicity (published in the year, Asia/Shanghai). */
    public record YearFigures(long articles, long news, long profiles, long disciplineLeaders,
            Map<String, Long> byColumn, Map<String, Long> byChannel) {
    }

    private static final String SUMMARY = """
            SELECT a.id, a.kind, a.column_id, c.name AS column_name, a.society_id, a.title, a.summary, a.published_at,
                a.person_name, a.person_title, a.person_employer, a.expert_id, a.discipline_leader
            FROM article a JOIN content_column c ON c.id = a.column_id WHERE a.status = 'PUBLISHED'""";

    private final JdbcClient jdbc;
    private final ArticleImages images;

    PublishedArticles(JdbcClient jdbc, ArticleImages images) {
        this.jdbc = jdbc;
        this.images = images;
    }

    /** The latest published articles, of one society or of all, of one kind or of both. */
    public List<Summary> latest(UUID society, ArticleKind kind, int limit) {
        return jdbc.sql(SUMMARY + """
                         AND (CAST(:society AS uuid) IS NULL OR a.society_id = :society)
                         AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)
                        ORDER BY a.published_at DESC, a.id LIMIT :limit""")
                .param("society", society, java.sql.Types.OTHER).param("kind", kind == null ? null : kind.name(),
                        java.sql.Types.VARCHAR)
                .param("limit", limit).query(PublishedArticles::summary).list();
    }

    public List<Summary> inColumn(UUID column, int offset, int limit) {
        return jdbc.sql(SUMMARY + " AND a.column_id = :column ORDER BY a.published_at DESC, a.id LIMIT :limit OFFSET :offset")
                .param("column", column).param("limit", limit).param("offset", offset)
                .query(PublishedArticles::summary).list();
    }

    public long countInColumn(UUID column) {
        return jdbc.sql("SELECT count(*) FROM article WHERE status = 'PUBLISHED' AND column_id = ?").param(column)
                .query(Long.class).single();
    }

    public Optional<Full> find(UUID id) {
        return jdbc.sql(SUMMARY.replace("SELECT a.id,", "SELECT a.body, a.channels, p.name AS campaign_name, a.id,")
                        .replace("WHERE a.status", "LEFT JOIN campaign p ON p.id = a.campaign_id WHERE a.status")
                        + " AND a.id = :id")
                .param("id", id)
                .query((rs, row) -> new Full(summary(rs, row), rs.getString("body"),
                        Arrays.stream((String[]) rs.getArray("channels").getArray()).map(Channel::valueOf).toList(),
                        rs.getString("campaign_name")))
                .optional();
    }

    /** When a society's published articles last changed (published, edited or archived); without one, any. */
    public Optional<Instant> lastChange(UUID society) {
        return jdbc.sql("""
                        SELECT updated_at FROM article WHERE status IN ('PUBLISHED', 'ARCHIVED')
                        AND (CAST(:society AS uuid) IS NULL OR society_id = :society)
                        ORDER BY 1 DESC LIMIT 1""")
                .param("society", society, java.sql.Types.OTHER).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    public List<Column> columns() {
        return jdbc.sql("SELECT id, name, description FROM content_column ORDER BY position, name")
                .query(Column.class).list();
    }

    public Optional<Column> column(UUID id) {
        return jdbc.sql("SELECT id, name, description FROM content_column WHERE id = ?").param(id)
                .query(Column.class).optional();
    }

    public Optional<Image> image(UUID id) {
        return images.published(id).map(image -> new Image(image.contentType(), image.bytes()));
    }

    /**
     * Articles published in the year and still on the record (published or archived since): all, news,
     * profiles, discipline leaders among them, and by column and by channel.
     */
    public YearFigures figures(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        String inYear = " FROM article a WHERE a.published_at >= :from AND a.published_at < :to";
        var counts = jdbc.sql("SELECT count(*) AS total, count(*) FILTER (WHERE kind = 'NEWS') AS news, "
                        + "count(*) FILTER (WHERE kind = 'PROFILE') AS profiles, "
                        + "count(*) FILTER (WHERE kind = 'PROFILE' AND discipline_leader) AS leaders" + inYear)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new long[] {rs.getLong("total"), rs.getLong("news"), rs.getLong("profiles"),
                        rs.getLong("leaders")})
                .single();
        Map<String, Long> byColumn = new LinkedHashMap<>();
        jdbc.sql("SELECT c.name AS k, count(a.id) AS n FROM content_column c LEFT JOIN article a ON a.column_id = c.id "
                        + "AND a.published_at >= :from AND a.published_at < :to GROUP BY c.name, c.position ORDER BY c.position")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    byColumn.put(rs.getString("k"), rs.getLong("n"));
                });
        Map<String, Long> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), jdbc.sql("SELECT count(*)" + inYear + " AND :channel = ANY (a.channels)")
                    .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                    .param("channel", channel.name()).query(Long.class).single());
        }
        return new YearFigures(counts[0], counts[1], counts[2], counts[3], byColumn, byChannel);
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), ArticleKind.valueOf(rs.getString("kind")),
                rs.getObject("column_id", UUID.class), rs.getString("column_name"),
                rs.getObject("society_id", UUID.class), rs.getString("title"), rs.getString("summary"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("person_name"),
                rs.getString("person_title"), rs.getString("person_employer"), rs.getObject("expert_id", UUID.class),
                rs.getBoolean("discipline_leader"));
    }
}
