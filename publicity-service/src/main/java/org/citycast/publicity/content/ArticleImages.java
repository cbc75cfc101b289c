package org.citycast.publicity.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.citycast.publicity.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

/**
 * Images stored with the article they illustrate. The type is read from the bytes (never from the
 * name or the declared type), so only real PNG, JPEG and GIF pictures are kept; SVG, which can carry
 * script, is not among them. Size and dimensions are capped.
 */
@Repository
class ArticleImages {

    record Image(UUID id, UUID articleId, String contentType, int size, int width, int height) {
        String url() {
            return "/site/images/" + id;
        }
    }

    record StoredImage(String contentType, byte[] bytes) {
    }

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg", "gif",
            "image/gif");
    private static final int MAX_SIDE = 10_000;

    private final JdbcClient jdbc;
    private final DataSize maxSize;

    ArticleImages(JdbcClient jdbc, @Value("${platform.content.max-image-size:2MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.maxSize = maxSize;
    }

    Image store(UUID article, byte[] bytes, Instant now) {
        if (bytes.length == 0) {
            throw DomainException.invalid("file", "is empty");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw DomainException.invalid("file", "is larger than " + maxSize.toKilobytes() + " KB");
        }
        Probe probe = probe(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO article_image (id, article_id, content_type, bytes, size, width, height, created_at)
                        VALUES (:id, :article, :type, :bytes, :size, :width, :height, :now)""")
                .param("id", id).param("article", article).param("type", probe.contentType()).param("bytes", bytes)
                .param("size", bytes.length).param("width", probe.width()).param("height", probe.height())
                .param("now", Timestamp.from(now)).update();
        return new Image(id, article, probe.contentType(), bytes.length, probe.width(), probe.height());
    }

    List<Image> of(UUID article) {
        return jdbc.sql("""
                        SELECT id, article_id, content_type, size, width, height FROM article_image
                        WHERE article_id = ? ORDER BY created_at""")
                .param(article).query(Image.class).list();
    }

    Optional<StoredImage> bytes(UUID article, UUID image) {
        return jdbc.sql("SELECT content_type, bytes FROM article_image WHERE id = ? AND article_id = ?")
                .params(image, article)
                .query((rs, row) -> new StoredImage(rs.getString("content_type"), rs.getBytes("bytes"))).optional();
    }

    /** An image of a published article, the only kind the public sees. */
    Optional<StoredImage> published(UUID image) {
        return jdbc.sql("""
                        SELECT i.content_type, i.bytes FROM article_image i JOIN article a ON a.id = i.article_id
                        WHERE i.id = ? AND a.status = 'PUBLISHED'""")
                .param(image)
                .query((rs, row) -> new StoredImage(rs.getString("content_type"), rs.getBytes("bytes"))).optional();
    }

    private record Probe(String contentType, int width, int height) {
    }

    /** Reads only the header: the format and the dimensions, without decoding the pixels. */
    private static Probe probe(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    String type = TYPES.get(reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
                    if (type != null) {
                        reader.setInput(in, true, true);
                        int width = reader.getWidth(0);
                        int height = reader.getHeight(0);
                        if (width > MAX_SIDE || height > MAX_SIDE) {
                            throw DomainException.invalid("file", "is " + width + "×" + height
                                    + " pixels; at most " + MAX_SIDE + " on a side");
                        }
                        return new Probe(type, width, height);
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException unreadable) {
            // falls through to the refusal below
        }
        throw DomainException.invalid("file", "is not a PNG, JPEG or GIF image");
    }
}
