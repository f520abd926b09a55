package org.partnerledger.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL database by JDBC URL and credentials, and its siblings on the same server. */
record Database(String url, String user, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection(url, properties);
    }

    /** The same URL with a driver parameter added, e.g. {@code reWriteBatchedInserts=true}. */
    Database with(String parameter) {
        return new Database(url + (url.contains("?") ? "&" : "?") + parameter, user, password);
    }

    /** Another database on the same server. */
    Database sibling(String database) {
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        return new Database(matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3)), user,
                password);
    }

    /** Drops the named sibling database if it exists, ending its sessions, and creates it empty. */
    Database recreate(String database) throws SQLException {
        drop(database);
        execute(sibling("postgres"), "CREATE DATABASE " + database);
        return sibling(database);
    }

    void drop(String database) throws SQLException {
        execute(sibling("postgres"), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    long queryLong(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    String queryString(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Reads one row of a result; the result set is positioned on it. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs a query row by row; a collection parameter is passed as a text array, for {@code = ANY (?)}. */
    void forEachRow(String sql, RowReader reader, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Collection<?> values
                        ? connection.createArrayOf("text", values.toArray()) : parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    void execute(String sql) throws SQLException {
        execute(this, sql);
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
