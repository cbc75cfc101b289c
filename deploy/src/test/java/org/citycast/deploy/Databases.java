package org.citycast.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
}
