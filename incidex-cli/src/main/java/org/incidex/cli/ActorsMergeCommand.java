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

/** {@code incidex actors merge A B}: B is the same actor as A, from now on, in every view. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Record that actor B is actor A (A keeps its name); later views and exports apply it.")
public final class ActorsMergeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "The actor that stays (any name).")
  String actor;

  @Parameters(index = "1", paramLabel = "B", description = "The actor merged into A (any name).")
  String other;

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
        ActorDecision.Kind.MERGE,
        actor,
        other,
        analyst,
        note,
        source,
        files,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
