package org.incidex.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.incidex.store.Store;
import org.incidex.store.StoreException;
import org.incidex.store.Stores;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option the store commands share: a SQLite file or a {@code jdbc:postgresql:}
 * URL, by default {@code incidex.db} in the user's data folder ({@code $XDG_DATA_HOME/incidex}, or
 * {@code ~/.local/share/incidex}).
 */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "The store: a SQLite file, or a jdbc:postgresql: URL (default: incidex.db in"
              + " $XDG_DATA_HOME/incidex or ~/.local/share/incidex).")
  String db;

  /** What {@code --db} names, or the default file. */
  String location() {
    return db != null ? db : defaultLocation(System::getenv, System.getProperty("user.home"));
  }

  /** Opens the store, creating it if needed (for {@code ingest}). */
  Store open() {
    return Stores.open(location());
  }

  /**
   * Opens a store that must already exist (for queries: a mistyped path should not answer with an
   * empty result).
   */
  Store openExisting() {
    String location = location();
    if (!Stores.exists(location)) {
      throw new StoreException(
          "no store at "
              + location
              + "; add documents first: incidex ingest --db "
              + location
              + " FILE...");
    }
    return Stores.open(location);
  }

  /** {@code $XDG_DATA_HOME/incidex/incidex.db}, or {@code ~/.local/share/incidex/incidex.db}. */
  static String defaultLocation(UnaryOperator<String> environment, String home) {
    Path data =
        Optional.ofNullable(environment.apply("XDG_DATA_HOME"))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .orElse(Path.of(home, ".local", "share"));
    return data.resolve("incidex").resolve("incidex.db").toString();
  }
}
