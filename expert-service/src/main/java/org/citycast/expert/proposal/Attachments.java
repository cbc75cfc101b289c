package org.citycast.expert.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files attached to proposals, kept in the service's own database. */
@Component
class Attachments {

    record Attachment(UUID id, UUID proposalId, String filename, String contentType, long size, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Attachment store(UUID proposal, String filename, String contentType, byte[] content, String by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO proposal_attachment (id, proposal_id, filename, content_type, size, content,
                            uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, proposal, filename, contentType, content.length, content, by,
                        java.sql.Timestamp.from(now))
                .update();
        return new Attachment(id, proposal, filename, contentType, content.length, now);
    }

    List<Attachment> of(UUID proposal) {
        return jdbc.sql("""
                        SELECT id, proposal_id, filename, content_type, size, uploaded_at FROM proposal_attachment
                        WHERE proposal_id = ? ORDER BY uploaded_at""")
                .param(proposal)
                .query((rs, row) -> new Attachment(rs.getObject("id", UUID.class),
                        rs.getObject("proposal_id", UUID.class), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<byte[]> content(UUID proposal, UUID attachment) {
        return jdbc.sql("SELECT content FROM proposal_attachment WHERE id = ? AND proposal_id = ?")
                .params(attachment, proposal).query(byte[].class).optional();
    }
}
