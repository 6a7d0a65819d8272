package org.incidex.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Makes a database ready for a store: creates the tables on first use, in one transaction, and
 * records {@link #VERSION} in {@code schema_version}. A database already at this version is left
 * alone; one written by a newer Incidex is refused rather than misread.
 */
final class Schema {
  /**
   * The version {@code schema-*.sql} creates. A later change adds a migration step and bumps it.
   */
  static final int VERSION = 1;

  private Schema() {}

  /** Runs in its own transaction; the connection must not be in auto-commit mode. */
  static void prepare(Connection c, SqlStatements sql, String database) throws SQLException {
    try {
      try (Statement s = c.createStatement()) {
        s.execute(sql.get(Sql.CREATE_VERSION_TABLE));
        s.execute(sql.get(Sql.LOCK_SCHEMA));
      }
      int found = version(c, sql);
      if (found > VERSION) {
        throw new StoreException(
            database
                + " has store schema version "
                + found
                + ", newer than this Incidex knows ("
                + VERSION
                + "); use a newer Incidex");
      }
      if (found < VERSION) {
        try (Statement s = c.createStatement()) {
          for (String statement : sql.schema()) {
            s.execute(statement);
          }
        }
        try (PreparedStatement p = c.prepareStatement(sql.get(Sql.INSERT_VERSION))) {
          p.setInt(1, VERSION);
          p.setString(2, Instant.now().toString());
          p.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  static int version(Connection c, SqlStatements sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.get(Sql.SCHEMA_VERSION))) {
      r.next();
      return r.getInt(1);
    }
  }
}
