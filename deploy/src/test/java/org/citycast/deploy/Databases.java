package org.citycast.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        List<String> values = column(database, sql, 1, arguments);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row. */
    static List<String> all(String database, String sql, Object... arguments) {
        return column(database, sql, Integer.MAX_VALUE, arguments);
    }

    private static List<String> column(String database, String sql, int limit, Object... arguments) {
        try (Connection connection = connect(database); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<String> values = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (values.size() < limit && rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /** The service's own tables, leaving out those named. */
    static List<String> tables(Connection connection, Set<String> skipped) {
        List<String> tables = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' order by 1")) {
            while (rows.next()) {
                if (!skipped.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each table's row count and newest row version ({@code xmin}), in one query: a row that is
     * inserted or updated, even to the same values, gets a newer version, and one deleted lowers the
     * count, so equal checksums mean no committed write touched the table. Reading every row's text
     * and hashing it, as a content digest would, costs far more and notices less.
     */
    static Map<String, String> checksum(Connection connection, List<String> tables) {
        if (tables.isEmpty()) {
            return Map.of();
        }
        String sql = tables.stream().map(table -> "select '" + table + "', count(*) || ':' || coalesce(max(xmin::text::bigint), 0)"
                + " from \"" + table + "\"").collect(Collectors.joining(" union all "));
        try (var rows = connection.createStatement().executeQuery(sql)) {
            Map<String, String> sums = new TreeMap<>();
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getString(2));
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
