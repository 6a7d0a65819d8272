package org.incidex.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.incidex.fusion.ActorDecision;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.profile.ActorProfiles;

/**
 * What {@code actors merge} and {@code actors split} share: record the decision where the source
 * keeps decisions, then, when there are documents to read, show the actor as it now stands.
 */
final class Decide {
  private Decide() {}

  static int record(
      ActorDecision.Kind kind,
      String actor,
      String other,
      String analyst,
      String note,
      SourceOptions options,
      List<Path> files,
      PrintWriter out,
      PrintWriter err) {
    ActorDecision d =
        new ActorDecision(kind, actor, other, analyst, Optional.ofNullable(note), Instant.now());
    try (ActorSource s = Sources.open(options, files, PipelineFactory::standard)) {
      s.record(d);
      out.println("recorded: " + d.describe());
      if (files.isEmpty() && options.db == null) {
        out.flush();
        return 0;
      }
      ExtractionResult view = Views.combined(s, err);
      if (view != null) {
        ActorProfiles profiles = new ActorProfiles(view);
        for (String name : List.of(actor, other)) {
          profiles
              .find(name)
              .ifPresentOrElse(
                  a -> out.println(name + " → " + a.name() + " " + a.aliases()),
                  () -> out.println(name + " → no actor yet (the decision waits for it)"));
        }
      }
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("incidex: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  static String defaultAnalyst() {
    return System.getProperty("user.name", "analyst");
  }
}
