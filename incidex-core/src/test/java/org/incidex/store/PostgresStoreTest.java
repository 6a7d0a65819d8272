package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.incidex.testing.TestResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, each test in a schema of its own. Runs when the system property
 * {@code incidex.pg.url} (from {@code INCIDEX_PG_URL}; {@code .ci/pg-start} prints one) is a
 * PostgreSQL JDBC URL; skipped otherwise, except in CI ({@code CI=true}), where it fails so the
 * backend cannot go untested unnoticed.
 */
class PostgresStoreTest extends StoreContract {
  private static String server;
  private String schema;

  @BeforeAll
  static void needsAServerInCi() {
    String url = System.getProperty("incidex.pg.url", "");
    if (!url.startsWith(Stores.POSTGRES) && "true".equals(System.getenv("CI"))) {
      fail(
          "CI=true but INCIDEX_PG_URL is not a jdbc:postgresql: URL ('"
              + url
              + "'); run .ci/pg-start");
    }
    server = url;
  }

  @BeforeEach
  void createSchema() throws SQLException {
    // Each test shows as skipped (not silently absent) on a machine without PostgreSQL.
    assumeTrue(
        server.startsWith(Stores.POSTGRES), "no PostgreSQL: set INCIDEX_PG_URL (see .ci/pg-start)");
    schema = "incidex_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (schema == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  String url() {
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  Store open(UnaryOperator<Connection> wrap) {
    try {
      return new PostgresStore(
          wrap.apply(DriverManager.getConnection(url())),
          PostgresStore.redacted(url()),
          new ResultCodec(),
          Clock.systemUTC());
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + url(), e);
    }
  }

  @Override
  Connection sql() throws SQLException {
    return DriverManager.getConnection(url());
  }

  @Test
  void storesOpensAPostgresUrl() {
    try (Store store = Stores.open(url())) {
      store.ingest(TestResults.rich("kerman"));
      assertThat(store.load()).hasSize(1);
    }
  }
}
