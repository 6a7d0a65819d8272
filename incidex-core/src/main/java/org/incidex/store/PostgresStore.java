package org.incidex.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The store in a PostgreSQL database, for many users and large corpora: results as {@code jsonb},
 * full-text search on generated {@code tsvector} columns. The tables go in the connection's current
 * schema (add {@code currentSchema=NAME} to the URL to keep several stores in one database). Schema
 * and statements: {@code schema-postgres.sql}, {@code statements-postgres.sql}.
 */
public final class PostgresStore extends JdbcStore {

  PostgresStore(Connection connection, String database, ResultCodec codec, Clock clock) {
    super(connection, SqlStatements.load("postgres"), database, codec, clock);
  }

  /**
   * Connects to {@code url} ({@code jdbc:postgresql://host:port/db?user=...}) and creates the
   * tables if needed.
   *
   * @throws StoreException if the server cannot be reached or refuses the connection
   */
  public static Store open(String url) {
    String database = redacted(url);
    Connection connection;
    try {
      connection = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new StoreException(database + ": cannot connect: " + e.getMessage(), e);
    }
    try {
      return new PostgresStore(connection, database, new ResultCodec(), Clock.systemUTC());
    } catch (RuntimeException e) {
      SqliteStore.closeAfter(connection, e);
      throw e;
    }
  }

  /** The URL as messages show it: without its query string, which may hold a password. */
  static String redacted(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
