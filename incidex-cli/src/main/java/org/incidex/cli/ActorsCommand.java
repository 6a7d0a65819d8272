package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.profile.ActorProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code incidex actors [FILE...] [--db PATH] [--decisions FILE]}: every actor with the incidents
 * attributed to it, its relations, the deaths those incidents report, and its aliases. Analysts
 * correct the list with {@code actors merge} and {@code actors split}.
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List actors with counts; 'actors merge' and 'actors split' correct them.",
    subcommands = {ActorsMergeCommand.class, ActorsSplitCommand.class})
public final class ActorsCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Text files, folders or .jsonl files to read (when there is no --db).")
  List<Path> files = new ArrayList<>();

  @Mixin SourceOptions source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ExtractionResult view;
    try (ActorSource s = Sources.open(source, files, PipelineFactory::standard)) {
      view = Views.combined(s, err);
    } catch (IllegalArgumentException e) {
      err.println("incidex: " + e.getMessage());
      return 2;
    }
    if (view == null) {
      return 1;
    }
    new ProfilePrinter(spec.commandLine().getOut()).list(new ActorProfiles(view).summaries());
    return 0;
  }
}
