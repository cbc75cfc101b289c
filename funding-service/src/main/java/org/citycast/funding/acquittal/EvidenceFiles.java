package org.citycast.funding.acquittal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.citycast.funding.platform.CurrentUser;
import org.citycast.funding.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence files (receipts, photos, sign-in sheets) kept in the database with the report, so that
 * they are backed up and removed with it. A file's type is what its bytes are, not what its name
 * or the browser says; anything outside the allowed types or over the size limit is refused.
 */
@Component
public class EvidenceFiles {

    private static final Tika TIKA = new Tika();

    private final JdbcClient jdbc;
    private final EvidenceSettings settings;
    private final Clock clock;

    EvidenceFiles(JdbcClient jdbc, EvidenceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public record EvidenceFile(UUID id, String filename, String mediaType, long size, String sha256, String uploadedBy,
            Instant uploadedAt) {
    }

    record Content(EvidenceFile file, byte[] bytes) {
    }

    EvidenceFile store(UUID application, String filename, byte[] bytes) {
        String name = filename == null || filename.isBlank() ? "evidence" : filename.strip();
        if (name.length() > 200) {
            throw DomainException.invalid("file", "the file name is longer than 200 characters");
        }
        if (bytes.length == 0) {
            throw DomainException.invalid("file", "is empty");
        }
        if (bytes.length > settings.maxSize().toBytes()) {
            throw DomainException.invalid("file", "is " + bytes.length + " bytes; the limit is "
                    + settings.maxSize().toBytes() + " bytes (" + settings.maxSize().toMegabytes() + " MB)");
        }
        String type = detect(bytes, name);
        if (!settings.allowedTypes().contains(type)) {
            throw DomainException.invalid("file", "is " + type + "; evidence must be one of "
                    + String.join(", ", settings.allowedTypes()));
        }
        if (list(application).size() >= settings.maxFiles()) {
            throw DomainException.conflict("The final report already holds " + settings.maxFiles()
                    + " evidence files, the most it may.");
        }
        EvidenceFile file = new EvidenceFile(UUID.randomUUID(), name, type, bytes.length, sha256(bytes),
                CurrentUser.get().username(), clock.instant());
        jdbc.sql("""
                        INSERT INTO evidence_file (id, application_id, filename, media_type, size_bytes, sha256, content,
                            uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), application, file.filename(), file.mediaType(), file.size(), file.sha256(), bytes,
                        file.uploadedBy(), Timestamp.from(file.uploadedAt()))
                .update();
        return file;
    }

    List<EvidenceFile> list(UUID application) {
        return jdbc.sql("""
                        SELECT id, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at FROM evidence_file
                        WHERE application_id = ? ORDER BY uploaded_at, id""")
                .param(application).query((rs, n) -> new EvidenceFile(rs.getObject("id", UUID.class),
                        rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<Content> read(UUID application, UUID file) {
        return jdbc.sql("""
                        SELECT id, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at, content
                        FROM evidence_file WHERE application_id = ? AND id = ?""")
                .params(application, file)
                .query((rs, n) -> new Content(new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()),
                        rs.getBytes("content")))
                .optional();
    }

    boolean delete(UUID application, UUID file) {
        return jdbc.sql("DELETE FROM evidence_file WHERE application_id = ? AND id = ?").params(application, file)
                .update() == 1;
    }

    private static String detect(byte[] bytes, String name) {
        try {
            return TIKA.detect(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
