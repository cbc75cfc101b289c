package org.citycast.publicity.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The columns (栏目) articles run in: four built in, more added by ADMIN. */
@Repository
class ContentColumns {

    static final UUID TALENTS = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID SOCIETY_NEWS = UUID.fromString("c0000000-0000-4000-8000-000000000004");

    record Column(UUID id, String name, String description, boolean builtIn, int position) {
    }

    private final JdbcClient jdbc;

    ContentColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Column> all() {
        return jdbc.sql("SELECT * FROM content_column ORDER BY position, name").query(Column.class).list();
    }

    Optional<Column> find(UUID id) {
        return jdbc.sql("SELECT * FROM content_column WHERE id = ?").param(id).query(Column.class).optional();
    }

    Column add(String name, String description, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO content_column (id, name, description, built_in, position, created_at)
                        VALUES (:id, :name, :description, false,
                            (SELECT coalesce(max(position), 0) + 1 FROM content_column), :now)""")
                .param("id", id).param("name", name).param("description", description)
                .param("now", Timestamp.from(now)).update();
        return find(id).orElseThrow();
    }

    boolean rename(UUID id, String name, String description) {
        return jdbc.sql("UPDATE content_column SET name = :name, description = :description WHERE id = :id")
                .param("id", id).param("name", name).param("description", description).update() == 1;
    }
}
