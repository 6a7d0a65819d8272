package org.incidex.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidex.model.Problem;
import org.incidex.pipeline.Combiner;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;

/** The combined view the actor commands show: results combined, decisions applied. */
final class Views {
  private Views() {}

  /**
   * The combined view of a source, problems listed on {@code err}; null (after a message) when
   * there is nothing to show.
   */
  static ExtractionResult combined(ActorSource source, PrintWriter err) {
    List<DocumentResult> results = source.results();
    if (source instanceof FileSource f) {
      Output.problems(f.problems(), err);
    }
    if (results.isEmpty()) {
      err.println("incidex: no documents to read: give text files (or --db PATH)");
      err.flush();
      return null;
    }
    ExtractionResult view = new Combiner().combine(results, source.decisions());
    List<Problem> fromCombining =
        view.problems().stream().filter(p -> !isDocumentProblem(p, results)).toList();
    Output.problems(fromCombining, err);
    return view;
  }

  private static boolean isDocumentProblem(Problem p, List<DocumentResult> results) {
    return results.stream().anyMatch(r -> r.problems().contains(p));
  }
}
