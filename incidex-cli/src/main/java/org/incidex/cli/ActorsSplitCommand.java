package org.incidex.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.fusion.ActorDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code incidex actors split NAME ALIAS}: ALIAS is not a name of NAME; it becomes an actor. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = "Record that ALIAS is not a name of actor NAME; it becomes an actor of its own.")
public final class ActorsSplitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "The actor (any of its names).")
  String actor;

  @Parameters(index = "1", paramLabel = "ALIAS", description = "The name to take out of it.")
  String alias;

  @Parameters(
      index = "2..*",
      arity = "0..*",
      paramLabel = "FILE",
      description = "Documents to show the result on (optional).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--analyst", description = "Who decides (default: the user name).")
  String analyst = Decide.defaultAnalyst();

  @Option(names = "--note", description = "Why, for whoever reads the decision later.")
  String note;

  @Mixin SourceOptions source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Decide.record(
        ActorDecision.Kind.SPLIT,
        actor,
        alias,
        analyst,
        note,
        source,
        files,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
