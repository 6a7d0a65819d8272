package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlStatementsTest {

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void everyBackendGivesEveryStatementAndASchema(String backend) {
    SqlStatements sql = SqlStatements.load(backend);

    for (Sql name : Sql.values()) {
      assertThat(sql.get(name)).as(name.name()).isNotBlank().doesNotEndWith(";");
    }
    assertThat(sql.schema()).anyMatch(s -> s.startsWith("CREATE TABLE document"));
  }

  @Test
  void aScriptSplitsAtSemicolonsOutsideTriggerBodies() {
    String script =
        """
        -- a comment; with a semicolon
        CREATE TABLE t (x INTEGER);
        CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN
          INSERT INTO u VALUES (new.x);
          INSERT INTO v VALUES (new.x);
        END;
        CREATE INDEX t_x
          ON t (x);
        """;

    assertThat(SqlStatements.split(script))
        .containsExactly(
            "CREATE TABLE t (x INTEGER);",
            "CREATE TRIGGER t_insert AFTER INSERT ON t BEGIN\n"
                + "  INSERT INTO u VALUES (new.x);\n"
                + "  INSERT INTO v VALUES (new.x);\n"
                + "END;",
            "CREATE INDEX t_x\n  ON t (x);");
  }

  @Test
  void commentsAndTheTrailingSemicolonAreLeftOut() {
    StringBuilder text = new StringBuilder("-- a header\n");
    for (Sql name : Sql.values()) {
      text.append("-- name: ").append(name).append("\n-- why\nSELECT 1\nFROM t;\n\n");
    }

    assertThat(SqlStatements.parse("f.sql", text.toString()).get(Sql.LOAD_DOCUMENTS))
        .isEqualTo("SELECT 1\nFROM t");
  }

  @Test
  void aMissingStatementIsNamed() {
    assertThatThrownBy(() -> SqlStatements.parse("f.sql", "-- name: LOAD_DOCUMENTS\nSELECT 1;\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("f.sql: no statement for")
        .hasMessageContaining("INSERT_DOCUMENT");
  }

  @Test
  void anUnknownStatementIsNamed() {
    assertThatThrownBy(() -> SqlStatements.parse("f.sql", "-- name: DROP_EVERYTHING\nSELECT 1;\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown statement name DROP_EVERYTHING");
  }
}
