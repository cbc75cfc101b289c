package org.citycast.society.hostunit;

import static org.citycast.society.platform.ListQuery.PINYIN;

import java.util.List;

import org.citycast.society.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class HostUnitCatalogue {

    private final JdbcClient jdbc;

    HostUnitCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return jdbc.sql("SELECT count(*) FROM host_unit WHERE name = ?").param(name).query(Long.class).single() > 0;
    }

    /** In pinyin order, as staff expect to find a bureau. */
    @Transactional(readOnly = true)
    public List<String> names() {
        return jdbc.sql("SELECT name FROM host_unit ORDER BY name " + PINYIN).query(String.class).list();
    }

    @Transactional
    public void add(String name) {
        if (exists(name)) {
            throw DomainException.conflict("Host unit '" + name + "' is already in the catalogue.");
        }
        jdbc.sql("INSERT INTO host_unit (name, created_at) VALUES (?, now())").param(name).update();
    }

    /** The foreign key cascades the new name to every society hosted there. */
    @Transactional
    public void rename(String name, String newName) {
        if (!exists(name)) {
            throw DomainException.notFound("Host unit", name);
        }
        if (exists(newName)) {
            throw DomainException.conflict("Host unit '" + newName + "' is already in the catalogue.");
        }
        jdbc.sql("UPDATE host_unit SET name = ? WHERE name = ?").params(newName, name).update();
    }
}
