package org.citycast.publicity.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.inbound.EventReported;
import org.citycast.publicity.inbound.SessionBranded;
import org.citycast.publicity.platform.AssociationTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The academic events this service knows, kept in step from {@code event.events}. */
@Repository
public class AcademicEvents {

    /** What the report counts of a year's events. */
    public record YearFigures(long hallSessions, long held, long attendance, long outreachEvents,
            long outreachBeneficiaries) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AcademicEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Applies an event's state unless a newer one is held. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EventReported reported) {
        EventReported.Event e = reported.event();
        String status = e.status() != null ? e.status() : switch (reported.type()) {
            case "EventHeld" -> "HELD";
            case "EventCancelled" -> "CANCELLED";
            default -> "PUBLISHED";
        };
        jdbc.sql("""
                        INSERT INTO academic_event (id, society_id, planned_event_id, session_label, title, kind,
                            starts_at, ends_at, venue, status, attendance, beneficiaries, as_of)
                        VALUES (:id, :society, :planned, :label, :title, :kind, :starts, :ends, :venue, :status,
                            :attendance, :beneficiaries, :at)
                        ON CONFLICT (id) DO UPDATE SET society_id = excluded.society_id,
                            planned_event_id = excluded.planned_event_id, session_label = excluded.session_label,
                            title = excluded.title, kind = excluded.kind, starts_at = excluded.starts_at,
                            ends_at = excluded.ends_at, venue = excluded.venue, status = excluded.status,
                            attendance = coalesce(excluded.attendance, academic_event.attendance),
                            beneficiaries = coalesce(excluded.beneficiaries, academic_event.beneficiaries),
                            as_of = excluded.as_of
                        WHERE academic_event.as_of <= excluded.as_of""")
                .param("id", e.id()).param("society", e.societyId())
                .param("planned", e.plannedEventId(), java.sql.Types.OTHER).param("label", e.sessionLabel())
                .param("title", e.title()).param("kind", e.kind())
                .param("starts", timestamp(e.startsAt()), java.sql.Types.TIMESTAMP)
                .param("ends", timestamp(e.endsAt()), java.sql.Types.TIMESTAMP)
                .param("venue", e.venue()).param("status", status)
                .param("attendance", e.attendance(), java.sql.Types.INTEGER)
                .param("beneficiaries", e.beneficiaries(), java.sql.Types.INTEGER)
                .param("at", Timestamp.from(reported.time()))
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SessionBranded branded) {
        jdbc.sql("""
                        INSERT INTO hall_session (planned_event_id, year, number, label, society_id, society_name, title,
                            kind, planned_month, as_of)
                        VALUES (:planned, :year, :number, :label, :society, :societyName, :title, :kind, :month, :at)
                        ON CONFLICT (planned_event_id) DO UPDATE SET year = excluded.year, number = excluded.number,
                            label = excluded.label, society_id = excluded.society_id,
                            society_name = excluded.society_name, title = excluded.title, kind = excluded.kind,
                            planned_month = excluded.planned_month, as_of = excluded.as_of
                        WHERE hall_session.as_of <= excluded.as_of""")
                .param("planned", branded.plannedEventId()).param("year", branded.year())
                .param("number", branded.number()).param("label", branded.label())
                .param("society", branded.societyId()).param("societyName", branded.societyName())
                .param("title", branded.title()).param("kind", branded.kind())
                .param("month", branded.plannedMonth(), java.sql.Types.INTEGER)
                .param("at", Timestamp.from(branded.time()))
                .update();
    }

    /** A society's published events still to come, soonest first. */
    public List<AcademicEvent> upcoming(UUID society, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM academic_event WHERE society_id = :society AND status IN ('PUBLISHED', 'CANCELLED')
                        AND starts_at >= :now ORDER BY starts_at LIMIT :limit""")
                .param("society", society).param("now", Timestamp.from(now)).param("limit", limit)
                .query(AcademicEvents::map).list();
    }

    /** A society's events that took place, latest first. */
    public List<AcademicEvent> past(UUID society, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM academic_event WHERE society_id = :society
                        AND (status = 'HELD' OR (status = 'PUBLISHED' AND starts_at < :now))
                        ORDER BY starts_at DESC LIMIT :limit""")
                .param("society", society).param("now", Timestamp.from(now)).param("limit", limit)
                .query(AcademicEvents::map).list();
    }

    public Optional<AcademicEvent> find(UUID id) {
        return jdbc.sql("SELECT * FROM academic_event WHERE id = ?").param(id).query(AcademicEvents::map).optional();
    }

    /** The branded academic-hall sessions (学术会堂) of a year, by number, with the events that realise them. */
    public List<HallSession> hallSessions(int year) {
        return jdbc.sql("""
                        SELECT h.*, e.id AS event_id FROM hall_session h
                        LEFT JOIN LATERAL (SELECT id FROM academic_event WHERE planned_event_id = h.planned_event_id
                            ORDER BY (status = 'CANCELLED'), as_of DESC LIMIT 1) e ON true
                        WHERE h.year = :year ORDER BY h.number""")
                .param("year", year)
                .query((rs, row) -> new HallSession(rs.getObject("planned_event_id", UUID.class), rs.getInt("year"),
                        rs.getInt("number"), rs.getString("label"), rs.getObject("society_id", UUID.class),
                        rs.getString("society_name"), rs.getString("title"), rs.getString("kind"),
                        rs.getObject("planned_month", Integer.class),
                        Optional.ofNullable(rs.getObject("event_id", UUID.class)).flatMap(this::find).orElse(null)))
                .list();
    }

    /** When the academic-hall sessions last changed (branded, or their events). */
    public Optional<Instant> lastSessionChange() {
        return jdbc.sql("SELECT as_of FROM hall_session ORDER BY 1 DESC LIMIT 1").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * When a society's events last changed, or last moved from upcoming to past by starting; without a
     * society, of any event.
     */
    public Optional<Instant> lastChange(UUID society) {
        return jdbc.sql("""
                        SELECT greatest(as_of, CASE WHEN starts_at <= :now THEN starts_at END) FROM academic_event
                        WHERE CAST(:society AS uuid) IS NULL OR society_id = :society
                        ORDER BY 1 DESC LIMIT 1""")
                .param("society", society, java.sql.Types.OTHER).param("now", Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * A year's figures: branded academic-hall sessions, events held that started in the year (Asia/Shanghai)
     * with their attendance, and outreach events among them with their beneficiaries.
     */
    public YearFigures figures(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(AssociationTime.ZONE).toInstant();
        long sessions = jdbc.sql("SELECT count(*) FROM hall_session WHERE year = ?").param(year).query(Long.class)
                .single();
        return jdbc.sql("""
                        SELECT count(*) AS held, coalesce(sum(attendance), 0) AS attendance,
                            count(*) FILTER (WHERE kind = 'OUTREACH') AS outreach,
                            coalesce(sum(beneficiaries) FILTER (WHERE kind = 'OUTREACH'), 0) AS beneficiaries
                        FROM academic_event WHERE status = 'HELD' AND starts_at >= :from AND starts_at < :to""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, row) -> new YearFigures(sessions, rs.getLong("held"), rs.getLong("attendance"),
                        rs.getLong("outreach"), rs.getLong("beneficiaries")))
                .single();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static AcademicEvent map(ResultSet rs, int row) throws SQLException {
        return new AcademicEvent(rs.getObject("id", UUID.class), rs.getObject("society_id", UUID.class),
                rs.getObject("planned_event_id", UUID.class), rs.getString("session_label"), rs.getString("title"),
                rs.getString("kind"), instant(rs.getTimestamp("starts_at")), instant(rs.getTimestamp("ends_at")),
                rs.getString("venue"), rs.getString("status"), rs.getObject("attendance", Integer.class),
                rs.getObject("beneficiaries", Integer.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
