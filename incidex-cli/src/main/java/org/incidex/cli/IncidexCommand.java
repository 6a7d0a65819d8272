package org.incidex.cli;

import picocli.CommandLine.Command;

/** The top-level command: a list of subcommands. */
@Command(
    name = "incidex",
    mixinStandardHelpOptions = true,
    version = "incidex 0.1.0",
    description =
        "Reads text about political violence and builds a sourced, deduplicated database of"
            + " incidents and armed-group actors.",
    subcommands = {
      DemoCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      IncidentsCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      Muc4Command.class,
      Muc4TrainCommand.class,
      ActorCommand.class,
      ActorsCommand.class,
      ServeCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class IncidexCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
