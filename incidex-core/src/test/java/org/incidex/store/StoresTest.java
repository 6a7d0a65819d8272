package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoresTest {

  @Test
  void aPostgresUrlChoosesPostgresAndAnythingElseIsASqliteFile() {
    assertThat(Stores.isPostgres("jdbc:postgresql://h/db")).isTrue();
    assertThat(Stores.isPostgres("incidex.db")).isFalse();
    assertThat(Stores.sqliteFile("jdbc:sqlite:/tmp/x.db")).isEqualTo(Path.of("/tmp/x.db"));
    assertThat(Stores.sqliteFile("data/x.db")).isEqualTo(Path.of("data/x.db"));
  }

  @Test
  void messagesDoNotShowTheUrlsQueryString() {
    assertThat(PostgresStore.redacted("jdbc:postgresql://h:5432/db?user=u&password=secret"))
        .isEqualTo("jdbc:postgresql://h:5432/db");
  }
}
