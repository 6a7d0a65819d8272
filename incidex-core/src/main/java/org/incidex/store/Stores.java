package org.incidex.store;

import java.nio.file.Path;

/**
 * Opens a store from what a user typed: a {@code jdbc:postgresql:} URL opens {@link PostgresStore};
 * a {@code jdbc:sqlite:} URL or any other text is a SQLite file ({@link SqliteStore}). Callers get
 * a {@link Store} and never need to know which.
 */
public final class Stores {
  static final String POSTGRES = "jdbc:postgresql:";
  static final String SQLITE = "jdbc:sqlite:";

  private Stores() {}

  /**
   * Opens the store, creating its tables (and, for SQLite, the file) when missing.
   *
   * @throws StoreException if it cannot be opened
   */
  public static Store open(String dbPathOrUrl) {
    if (isPostgres(dbPathOrUrl)) {
      return PostgresStore.open(dbPathOrUrl);
    }
    return SqliteStore.open(sqliteFile(dbPathOrUrl));
  }

  /**
   * Whether the store exists: a SQLite file must be there; a PostgreSQL database is assumed to
   * (connecting tells).
   */
  public static boolean exists(String dbPathOrUrl) {
    return isPostgres(dbPathOrUrl) || sqliteFile(dbPathOrUrl).toFile().isFile();
  }

  static boolean isPostgres(String dbPathOrUrl) {
    return dbPathOrUrl.startsWith(POSTGRES);
  }

  static Path sqliteFile(String dbPathOrUrl) {
    return Path.of(
        dbPathOrUrl.startsWith(SQLITE) ? dbPathOrUrl.substring(SQLITE.length()) : dbPathOrUrl);
  }
}
