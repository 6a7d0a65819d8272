package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidex.model.Actor;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.profile.ActorProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code incidex actor NAME [FILE...] [--db PATH] [--decisions FILE]}: one actor's profile (names
 * and why, parent and branches, leaders over time, members, allegiances, funding, other relations,
 * incidents attributed), each fact with its sentence. Any of the actor's names finds it.
 */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = "Show one actor's profile; any of its names (or aliases) finds it.")
public final class ActorCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "A name or alias of the actor.")
  String name;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "FILE",
      description = "Text files, folders or .jsonl files to read (when there is no --db).")
  List<Path> files = new ArrayList<>();

  @Mixin SourceOptions source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
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
    ActorProfiles profiles = new ActorProfiles(view);
    Optional<Actor> actor = profiles.find(name);
    if (actor.isEmpty()) {
      List<Actor> near = profiles.near(name, 5);
      err.println(
          "incidex: no actor named \""
              + name
              + "\""
              + (near.isEmpty()
                  ? ""
                  : "; did you mean: "
                      + String.join(", ", near.stream().map(Actor::name).toList())));
      return 1;
    }
    new ProfilePrinter(out).profile(profiles.profile(actor.get()));
    return 0;
  }
}
