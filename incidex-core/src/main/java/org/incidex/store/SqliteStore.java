package org.incidex.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.sqlite.SQLiteConfig;

/**
 * The store in one SQLite file (xerial sqlite-jdbc): write-ahead logging so readers never wait for
 * a writer, foreign keys on, a busy timeout so two processes take turns, and transactions that take
 * the write lock when they begin ({@code BEGIN IMMEDIATE}) so they cannot deadlock. Schema and
 * statements: {@code schema-sqlite.sql}, {@code statements-sqlite.sql}.
 */
public final class SqliteStore extends JdbcStore {
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  SqliteStore(Connection connection, String database, ResultCodec codec, Clock clock) {
    super(connection, SqlStatements.load("sqlite"), database, codec, clock);
  }

  /**
   * Opens the store in {@code file}, creating the file, its folder and the tables if needed.
   *
   * @throws StoreException if the file cannot be opened as a database
   */
  public static Store open(Path file) {
    String database = file.toString();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException(database + ": cannot create its folder: " + e.getMessage(), e);
    }
    Connection connection = connect(file);
    try {
      return new SqliteStore(connection, database, new ResultCodec(), Clock.systemUTC());
    } catch (RuntimeException e) {
      closeAfter(connection, e);
      throw e;
    }
  }

  static Connection connect(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    try {
      return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open as a SQLite database: " + e.getMessage(), e);
    }
  }

  static void closeAfter(Connection connection, RuntimeException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
