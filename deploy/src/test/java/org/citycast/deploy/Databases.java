package org.citycast.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The services' own databases, read with JDBC as each service reads them (role = database =
 * password on 127.0.0.1:5432, the local run's defaults): to find objects for the suites, and to
 * see that a rejected write left every row as it was.
 */
final class Databases {

    static final String HOST = System.getProperty("e2e.postgres", "127.0.0.1:5432");

    private Databases() {
    }

    static Connection connect(String database) {
        try {
            return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + database, database, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " not reachable at " + HOST, e);
        }
    }

    /** The first column of the first row, or null when there is none. */
    static String first(String database, String sql, Object... arguments) {
        try (Connection connection = connect(database); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /**
     * Each table's row count and a digest of its rows (independent of their order), leaving out the
     * tables that change on their own: the outbox, processed events, locks and buffered counters.
     */
    static Map<String, String> checksum(Connection connection, Set<String> skipped) {
        try {
            List<String> tables = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public'"
                            + " and table_type = 'BASE TABLE' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> sums = new TreeMap<>();
            for (String table : tables) {
                if (skipped.contains(table)) {
                    continue;
                }
                try (var rows = connection.createStatement().executeQuery("select count(*) || ':' || coalesce(md5("
                        + "string_agg(md5(t::text), '' order by md5(t::text))), '') from \"" + table + "\" t")) {
                    rows.next();
                    sums.put(table, rows.getString(1));
                }
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
