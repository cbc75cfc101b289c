package org.citycast.event.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.event.plan.EventKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events with their co-organisers, sub-forums and speakers; a save replaces the children. */
@Repository
class AcademicEvents {

    /** What lists filter on; null fields are not filtered. */
    record Filter(Instant from, Instant until, UUID society, Collection<EventStatus> statuses) {
    }

    private record Row(UUID id, UUID organiserId, UUID plannedEventId, String title, String titleEn, EventKind kind,
            Instant startsAt, Instant endsAt, String venue, String city, int capacity, RegistrationMode mode,
            String description, EventStatus status, String statusReason, Instant publishedAt, Instant heldAt,
            Instant createdAt, Instant updatedAt, long version) {
    }

    private record SpeakerRow(UUID eventId, UUID subForumId, Speaker speaker) {
    }

    private final JdbcClient jdbc;

    AcademicEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AcademicEvent event) {
        EventDetails d = event.details();
        jdbc.sql("""
                        INSERT INTO academic_event (id, organiser_id, planned_event_id, title, title_en, kind, starts_at,
                            ends_at, venue, city, capacity, registration_mode, description, status, status_reason,
                            published_at, held_at, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(event.id(), event.organiserId(), event.plannedEventId(), d.title(), d.titleEn(),
                        d.kind().name(), ts(d.startsAt()), ts(d.endsAt()), d.venue(), d.city(), d.capacity(),
                        d.registrationMode().name(), d.description(), event.status().name(), event.statusReason(),
                        ts(event.publishedAt()), ts(event.heldAt()), ts(event.createdAt()), ts(event.updatedAt()))
                .update();
        insertChildren(event);
    }

    /** Saves a loaded event; a concurrent change since it was loaded fails the save. */
    void update(AcademicEvent event) {
        EventDetails d = event.details();
        int updated = jdbc.sql("""
                        UPDATE academic_event SET title = ?, title_en = ?, kind = ?, starts_at = ?, ends_at = ?, venue = ?,
                            city = ?, capacity = ?, registration_mode = ?, description = ?, status = ?, status_reason = ?,
                            published_at = ?, held_at = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(d.title(), d.titleEn(), d.kind().name(), ts(d.startsAt()), ts(d.endsAt()), d.venue(), d.city(),
                        d.capacity(), d.registrationMode().name(), d.description(), event.status().name(),
                        event.statusReason(), ts(event.publishedAt()), ts(event.heldAt()), ts(event.updatedAt()),
                        event.id(), event.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Event " + event.id() + " changed concurrently");
        }
        jdbc.sql("DELETE FROM speaker WHERE event_id = ?").param(event.id()).update();
        jdbc.sql("DELETE FROM sub_forum WHERE event_id = ?").param(event.id()).update();
        jdbc.sql("DELETE FROM event_co_organiser WHERE event_id = ?").param(event.id()).update();
        insertChildren(event);
    }

    Optional<AcademicEvent> find(UUID id) {
        return load(jdbc.sql("SELECT * FROM academic_event WHERE id = ?").param(id).query(AcademicEvents::row).list())
                .stream().findFirst();
    }

    boolean existsForPlan(UUID plannedEvent) {
        return jdbc.sql("SELECT count(*) FROM academic_event WHERE planned_event_id = ?").param(plannedEvent)
                .query(Long.class).single() > 0;
    }

    List<AcademicEvent> list(Filter filter) {
        return load(jdbc.sql("""
                        SELECT * FROM academic_event e
                        WHERE (CAST(:from AS timestamptz) IS NULL OR e.starts_at >= :from)
                          AND (CAST(:until AS timestamptz) IS NULL OR e.starts_at < :until)
                          AND (CAST(:society AS uuid) IS NULL OR e.organiser_id = :society
                               OR EXISTS (SELECT 1 FROM event_co_organiser c WHERE c.event_id = e.id AND c.society_id = :society))
                          AND e.status IN (:statuses)
                        ORDER BY e.starts_at, e.id""")
                .param("from", ts(filter.from())).param("until", ts(filter.until())).param("society", filter.society())
                .param("statuses", filter.statuses().stream().map(Enum::name).toList())
                .query(AcademicEvents::row).list());
    }

    private void insertChildren(AcademicEvent event) {
        EventDetails d = event.details();
        for (UUID society : d.coOrganiserIds()) {
            jdbc.sql("INSERT INTO event_co_organiser (event_id, society_id) VALUES (?, ?)").params(event.id(), society)
                    .update();
        }
        insertSpeakers(event.id(), null, d.speakers());
        int position = 0;
        for (SubForum forum : d.subForums()) {
            jdbc.sql("""
                            INSERT INTO sub_forum (id, event_id, position, title, title_en, starts_at, ends_at, venue, capacity)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(forum.id(), event.id(), position++, forum.title(), forum.titleEn(), ts(forum.startsAt()),
                            ts(forum.endsAt()), forum.venue(), forum.capacity())
                    .update();
            insertSpeakers(event.id(), forum.id(), forum.speakers());
        }
    }

    private void insertSpeakers(UUID event, UUID forum, List<Speaker> speakers) {
        int position = 0;
        for (Speaker speaker : speakers) {
            jdbc.sql("""
                            INSERT INTO speaker (event_id, sub_forum_id, position, expert_id, name, title, employer, topic)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(event, forum, position++, speaker.expertId(), speaker.name(), speaker.title(),
                            speaker.employer(), speaker.topic())
                    .update();
        }
    }

    private List<AcademicEvent> load(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, Set<UUID>> coOrganisers = new HashMap<>();
        jdbc.sql("SELECT event_id, society_id FROM event_co_organiser WHERE event_id IN (:ids) ORDER BY society_id")
                .param("ids", ids)
                .query((rs, n) -> coOrganisers.computeIfAbsent(rs.getObject("event_id", UUID.class),
                        k -> new LinkedHashSet<>()).add(rs.getObject("society_id", UUID.class)))
                .list();
        Map<UUID, List<SpeakerRow>> speakers = new HashMap<>();
        jdbc.sql("SELECT * FROM speaker WHERE event_id IN (:ids) ORDER BY position").param("ids", ids)
                .query((rs, n) -> new SpeakerRow(rs.getObject("event_id", UUID.class),
                        rs.getObject("sub_forum_id", UUID.class), new Speaker(rs.getObject("expert_id", UUID.class),
                        rs.getString("name"), rs.getString("title"), rs.getString("employer"), rs.getString("topic"))))
                .list().forEach(s -> speakers.computeIfAbsent(s.eventId(), k -> new ArrayList<>()).add(s));
        Map<UUID, List<SubForum>> forums = new HashMap<>();
        jdbc.sql("SELECT * FROM sub_forum WHERE event_id IN (:ids) ORDER BY position").param("ids", ids)
                .query((rs, n) -> {
                    UUID event = rs.getObject("event_id", UUID.class);
                    UUID id = rs.getObject("id", UUID.class);
                    var forum = new SubForum(id, rs.getString("title"), rs.getString("title_en"),
                            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                            rs.getString("venue"), rs.getInt("capacity"), speakers.getOrDefault(event, List.of())
                            .stream().filter(s -> id.equals(s.subForumId())).map(SpeakerRow::speaker).toList());
                    forums.computeIfAbsent(event, k -> new ArrayList<>()).add(forum);
                    return forum;
                })
                .list();
        return rows.stream().map(r -> new AcademicEvent(r.id(), r.organiserId(), r.plannedEventId(),
                new EventDetails(Set.copyOf(coOrganisers.getOrDefault(r.id(), Set.of())), r.title(), r.titleEn(),
                        r.kind(), r.startsAt(), r.endsAt(), r.venue(), r.city(), r.capacity(), r.mode(),
                        r.description(), speakers.getOrDefault(r.id(), List.of()).stream()
                        .filter(s -> s.subForumId() == null).map(SpeakerRow::speaker).toList(),
                        List.copyOf(forums.getOrDefault(r.id(), List.of()))),
                r.status(), r.statusReason(), r.publishedAt(), r.heldAt(), r.createdAt(), r.updatedAt(), r.version()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("organiser_id", UUID.class),
                rs.getObject("planned_event_id", UUID.class), rs.getString("title"), rs.getString("title_en"),
                EventKind.valueOf(rs.getString("kind")), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("venue"), rs.getString("city"), rs.getInt("capacity"),
                RegistrationMode.valueOf(rs.getString("registration_mode")), rs.getString("description"),
                EventStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                instant(rs, "published_at"), instant(rs, "held_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
