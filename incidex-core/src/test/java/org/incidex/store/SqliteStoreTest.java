package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.incidex.testing.TestResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  Path file() {
    return dir.resolve("incidex.db");
  }

  @Override
  Store open(UnaryOperator<Connection> wrap) {
    return new SqliteStore(
        wrap.apply(SqliteStore.connect(file())),
        "incidex.db",
        new ResultCodec(),
        Clock.systemUTC());
  }

  @Override
  Connection sql() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file());
  }

  @Test
  void theFileIsInWriteAheadLogModeWithForeignKeysAndABusyTimeout() throws SQLException {
    try (Store store = open()) {
      store.ingest(TestResults.rich("kerman"));
    }
    assertThat(rows("PRAGMA journal_mode")).containsExactly(List.of("wal"));
    try (Connection c = SqliteStore.connect(file());
        var s = c.createStatement()) {
      var fk = s.executeQuery("PRAGMA foreign_keys");
      assertThat(fk.getInt(1)).isEqualTo(1);
      var busy = s.executeQuery("PRAGMA busy_timeout");
      assertThat(busy.getInt(1)).isEqualTo(SqliteStore.BUSY_TIMEOUT_MILLIS);
    }
  }

  @Test
  void storesOpensAPathOrASqliteUrlAndCreatesTheFolder() {
    Path nested = dir.resolve("data/incidex/my.db");
    try (Store store = Stores.open(nested.toString())) {
      store.ingest(TestResults.rich("kerman"));
    }
    assertThat(Stores.exists(nested.toString())).isTrue();

    try (Store same = Stores.open("jdbc:sqlite:" + nested)) {
      assertThat(same.load()).hasSize(1);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedWithItsName() throws IOException {
    Path notes =
        Files.writeString(dir.resolve("notes.db"), "these are my notes, not SQLite\n".repeat(100));

    assertThatThrownBy(() -> Stores.open(notes.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("notes.db");
    assertThat(Files.readString(notes)).startsWith("these are my notes");
  }

  @Test
  void aReaderSeesCommittedDocumentsWhileAnotherStoreWrites() {
    try (Store writer = open();
        Store reader = open()) {
      writer.ingest(TestResults.rich("kerman"));
      assertThat(reader.load()).hasSize(1);
      reader.ingest(TestResults.empty("quiet", "Nothing happened."));
      assertThat(writer.load()).hasSize(2);
    }
  }
}
