package org.incidex.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL of one backend, read from resources next to this class: a schema script, run once, and
 * the named statements of {@link Sql}. A missing, unknown or duplicate name is our bug and throws
 * at load.
 */
final class SqlStatements {
  private static final String NAME_LINE = "-- name: ";

  private final List<String> schema;
  private final Map<Sql, String> statements;

  private SqlStatements(List<String> schema, Map<Sql, String> statements) {
    this.schema = schema;
    this.statements = statements;
  }

  /** Reads {@code schema-<backend>.sql} and {@code statements-<backend>.sql}. */
  static SqlStatements load(String backend) {
    String statementsFile = "statements-" + backend + ".sql";
    return new SqlStatements(
        split(resource("schema-" + backend + ".sql")),
        parse(statementsFile, resource(statementsFile)));
  }

  /** The statements of the schema script, in order. */
  List<String> schema() {
    return schema;
  }

  /**
   * A script's statements: each ends with a semicolon at the end of a line, except inside a
   * trigger's {@code BEGIN ... END;}. Lines starting with {@code --} are left out.
   */
  static List<String> split(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    boolean inBody = false;
    for (String line : script.split("\n")) {
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("--")) {
        continue;
      }
      statement.append(line).append('\n');
      if (code.toUpperCase(Locale.ROOT).endsWith(" BEGIN")) {
        inBody = true;
      } else if (code.endsWith(";") && (!inBody || code.equalsIgnoreCase("END;"))) {
        inBody = false;
        out.add(statement.toString().strip());
        statement.setLength(0);
      }
    }
    if (!statement.toString().isBlank()) {
      throw new IllegalStateException("the script ends inside a statement: " + statement);
    }
    return List.copyOf(out);
  }

  String get(Sql name) {
    return statements.get(name);
  }

  static Map<Sql, String> parse(String file, String text) {
    Map<Sql, String> out = new EnumMap<>(Sql.class);
    Sql current = null;
    StringBuilder body = new StringBuilder();
    for (String line : (text + "\n" + NAME_LINE + "END").split("\n")) {
      if (!line.startsWith(NAME_LINE)) {
        if (current != null && !line.startsWith("--")) {
          body.append(line).append('\n');
        }
        continue;
      }
      if (current != null) {
        String sql = body.toString().strip();
        sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1).strip() : sql;
        if (out.put(current, sql) != null) {
          throw new IllegalStateException(file + ": statement " + current + " given twice");
        }
      }
      body.setLength(0);
      String name = line.substring(NAME_LINE.length()).strip();
      if (name.equals("END")) {
        break;
      }
      try {
        current = Sql.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + ": unknown statement name " + name, e);
      }
    }
    Set<Sql> missing = EnumSet.allOf(Sql.class);
    missing.removeAll(out.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(file + ": no statement for " + missing);
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = SqlStatements.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, () -> "no resource org/incidex/store/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
