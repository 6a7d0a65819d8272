package org.incidex.cli;

import picocli.CommandLine;

/** Entry point of the {@code incidex} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 failed documents, 2 bad usage). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new IncidexCommand());
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          line.getErr().println("incidex: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }
}
