package org.citycast.publicity.notice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.citycast.publicity.inbound.PublicNoticeReported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The award notices this service publishes, kept from {@code expert.events}. */
@Repository
public class PublicNotices {

    private final JdbcClient jdbc;

    PublicNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notice opened, or opened again with another window or list: the latest one stands. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PublicNoticeReported opened) {
        int applied = jdbc.sql("""
                        INSERT INTO public_notice (award_id, award_name, award_kind, year, opens_on, closes_on,
                            objection_path, as_of)
                        VALUES (:award, :name, :kind, :year, :opens, :closes, :path, :at)
                        ON CONFLICT (award_id) DO UPDATE SET award_name = excluded.award_name,
                            award_kind = excluded.award_kind, year = excluded.year, opens_on = excluded.opens_on,
                            closes_on = excluded.closes_on, objection_path = excluded.objection_path,
                            as_of = excluded.as_of
                        WHERE public_notice.as_of <= excluded.as_of""")
                .param("award", opened.awardId()).param("name", opened.awardName()).param("kind", opened.awardKind())
                .param("year", opened.year()).param("opens", Date.valueOf(opened.opensOn()))
                .param("closes", Date.valueOf(opened.closesOn())).param("path", opened.objectionPath())
                .param("at", Timestamp.from(opened.time()))
                .update();
        if (applied == 0) {
            return;
        }
        jdbc.sql("DELETE FROM public_notice_nominee WHERE award_id = ?").param(opened.awardId()).update();
        int position = 0;
        for (PublicNoticeReported.Nominee n : opened.nominees()) {
            jdbc.sql("""
                            INSERT INTO public_notice_nominee (award_id, position, nomination_id, candidate, employer,
                                society_id, society_name, award_class, award_class_name, work_title)
                            VALUES (:award, :position, :nomination, :candidate, :employer, :society, :societyName,
                                :awardClass, :awardClassName, :workTitle)""")
                    .param("award", opened.awardId()).param("position", position++)
                    .param("nomination", n.nominationId()).param("candidate", n.candidate())
                    .param("employer", n.employer()).param("society", n.societyId(), java.sql.Types.OTHER)
                    .param("societyName", n.societyName()).param("awardClass", n.awardClass())
                    .param("awardClassName", n.awardClassName())
                    .param("workTitle", n.workTitle())
                    .update();
        }
    }

    /** Notices whose window is open or to come first, then the closed ones; latest first within each. */
    public List<PublicNotice> all(LocalDate today) {
        return jdbc.sql("""
                        SELECT * FROM public_notice
                        ORDER BY (closes_on >= :today) DESC, opens_on DESC, award_name""")
                .param("today", Date.valueOf(today))
                .query((rs, row) -> notice(rs, List.of())).list();
    }

    public Optional<PublicNotice> find(UUID award) {
        return jdbc.sql("SELECT * FROM public_notice WHERE award_id = ?").param(award)
                .query((rs, row) -> notice(rs, nominees(award))).optional();
    }

    public Optional<Instant> lastChange() {
        return jdbc.sql("SELECT as_of FROM public_notice ORDER BY 1 DESC LIMIT 1").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    private List<PublicNotice.Nominee> nominees(UUID award) {
        return jdbc.sql("SELECT * FROM public_notice_nominee WHERE award_id = ? ORDER BY position").param(award)
                .query((rs, row) -> new PublicNotice.Nominee(rs.getObject("nomination_id", UUID.class),
                        rs.getString("candidate"), rs.getString("employer"), rs.getObject("society_id", UUID.class),
                        rs.getString("society_name"), rs.getString("award_class"), rs.getString("award_class_name"),
                        rs.getString("work_title")))
                .list();
    }

    private static PublicNotice notice(ResultSet rs, List<PublicNotice.Nominee> nominees) throws SQLException {
        return new PublicNotice(rs.getObject("award_id", UUID.class), rs.getString("award_name"),
                rs.getString("award_kind"), rs.getInt("year"), rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(), rs.getString("objection_path"), nominees);
    }
}
