package org.incidex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in the test's JVM and keeps what it printed. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new IncidexCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  /** The shared corpus next to the checkout, as the build passes it (or found from here). */
  static Path corpus() {
    String configured = System.getProperty("incidex.shared");
    Path p = configured != null ? Path.of(configured) : Path.of("../../shared");
    if (!Files.isDirectory(p)) {
      p = Path.of("../../shared");
    }
    return p.resolve("corpus").toAbsolutePath().normalize();
  }
}
