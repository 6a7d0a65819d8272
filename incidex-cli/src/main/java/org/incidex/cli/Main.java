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
    // spec (STYLE.md): a bad option is one clear line and exit 2, without the whole usage text.
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          e.getCommandLine()
              .getErr()
              .println(
                  "incidex: "
                      + e.getMessage()
                      + " (see '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help')");
          return CommandLine.ExitCode.USAGE;
        });
    return cli.execute(args);
  }
}
