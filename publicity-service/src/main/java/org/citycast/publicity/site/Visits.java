package org.citycast.publicity.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.citycast.publicity.platform.AssociationTime;
import org.citycast.publicity.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Page views of a year compared with the year before. A past year is compared whole with the one
 * before it; the current year up to today with the same days of the year before, so the change
 * means something in March too.
 */
@Component
@Transactional(readOnly = true)
public class Visits {

    /**
     * @param changePercent the change from the same period of the year before, in percent with one
     *        decimal; absent when the year before had no views to compare with
     */
    public record Figures(int year, LocalDate from, LocalDate to, long views, long previousViews,
            BigDecimal changePercent, List<Long> byMonth, List<PageCount> topPages) {
    }

    public record PageCount(String path, long views) {
    }

    public record SiteFigures(UUID societyId, String name, long views, long previousViews, BigDecimal changePercent) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Visits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The views of one site ({@code siteKey}: a society id or {@code portal}), or of all when it is null,
     * read from the month and page roll-ups that page_view's trigger keeps (V16), and for the previous
     * period's last, partial month from the days themselves.
     */
    public Figures of(String siteKey, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = lastCountedDay(year);
        List<Long> byMonth = byMonth(siteKey, year);
        long views = byMonth.stream().mapToLong(Long::longValue).sum();
        long previous = views(siteKey, from.minusYears(1), to.minusYears(1));
        List<PageCount> top = jdbc.sql("""
                        SELECT path, sum(views) AS views FROM page_view_year_page
                        WHERE (CAST(:site AS text) IS NULL OR site_key = :site) AND year = :year
                        GROUP BY path ORDER BY 2 DESC, path LIMIT 10""")
                .param("site", siteKey, java.sql.Types.VARCHAR).param("year", year)
                .query((rs, row) -> new PageCount(rs.getString("path"), rs.getLong("views"))).list();
        return new Figures(year, from, to, views, previous, change(views, previous), byMonth, top);
    }

    /** The views of each month of {@code year}, of one site or of all when {@code siteKey} is null. */
    public List<Long> byMonth(String siteKey, int year) {
        lastCountedDay(year); // a future year is refused here too
        Long[] byMonth = new Long[12];
        Arrays.fill(byMonth, 0L);
        jdbc.sql("""
                        SELECT extract(MONTH FROM month)::int AS month, sum(views) AS views FROM page_view_month
                        WHERE (CAST(:site AS text) IS NULL OR site_key = :site)
                          AND month >= make_date(:year, 1, 1) AND month < make_date(:year + 1, 1, 1)
                        GROUP BY 1""")
                .param("site", siteKey, java.sql.Types.VARCHAR).param("year", year)
                .query(rs -> {
                    byMonth[rs.getInt("month") - 1] = rs.getLong("views");
                });
        return List.of(byMonth);
    }

    private LocalDate lastCountedDay(int year) {
        LocalDate today = AssociationTime.today(clock);
        if (year > today.getYear()) {
            throw DomainException.invalid("year", "is in the future");
        }
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    /**
     * Every sub-site's views in the year, most visited first: the two years' rows read once and summed
     * per site (at 1,000,000 page-view rows 0.17 s, against 0.6-1.8 s for two sums per site).
     */
    public List<SiteFigures> bySite(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = lastCountedDay(year);
        return jdbc.sql("""
                        SELECT s.society_id, s.name, coalesce(v.views, 0) AS views, coalesce(v.previous, 0) AS previous
                        FROM site s LEFT JOIN (
                            SELECT site_key,
                                sum(views) FILTER (WHERE day BETWEEN :from AND :to) AS views,
                                sum(views) FILTER (WHERE day BETWEEN :previousFrom AND :previousTo) AS previous
                            FROM page_view
                            WHERE day BETWEEN :from AND :to OR day BETWEEN :previousFrom AND :previousTo
                            GROUP BY site_key) v ON v.site_key = s.society_id::text
                        ORDER BY views DESC, s.name COLLATE "zh-x-icu\"""")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("previousFrom", Date.valueOf(from.minusYears(1)))
                .param("previousTo", Date.valueOf(to.minusYears(1)))
                .query((rs, row) -> new SiteFigures(rs.getObject("society_id", UUID.class), rs.getString("name"),
                        rs.getLong("views"), rs.getLong("previous"), change(rs.getLong("views"), rs.getLong("previous"))))
                .list();
    }

    static BigDecimal change(long views, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf((views - previous) * 100L).divide(BigDecimal.valueOf(previous), 1,
                RoundingMode.HALF_UP);
    }

    /** Views from {@code from}, the first of a month, to {@code to}: whole months rolled up, the last one by day. */
    private long views(String siteKey, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT (SELECT coalesce(sum(views), 0) FROM page_view_month
                                WHERE (CAST(:site AS text) IS NULL OR site_key = :site) AND month >= :from AND month < :lastMonth)
                             + (SELECT coalesce(sum(views), 0) FROM page_view
                                WHERE (CAST(:site AS text) IS NULL OR site_key = :site) AND day BETWEEN :lastMonth AND :to)""")
                .param("site", siteKey, java.sql.Types.VARCHAR).param("from", Date.valueOf(from))
                .param("lastMonth", Date.valueOf(to.withDayOfMonth(1))).param("to", Date.valueOf(to))
                .query(Long.class).single();
    }
}
