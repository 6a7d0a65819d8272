package org.incidex.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say where actor data and decisions live: a store, or files plus a log. */
final class SourceOptions {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Read documents and decisions from this store (SQLite file or jdbc: URL).")
  String db;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description =
          "Analysts' decisions as JSON lines (read, and written by 'actors merge/split'),"
              + " when there is no --db.")
  Path decisions;
}
