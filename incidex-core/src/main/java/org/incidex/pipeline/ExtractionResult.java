package org.incidex.pipeline;

import java.util.List;
import java.util.Objects;
import org.incidex.fusion.ActorDecision;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Problem;
import org.incidex.model.Relation;

/**
 * The database view of a set of documents: incidents fused across documents, canonical actors and
 * relations under canonical names, with the per-document results, every problem met, and the
 * analysts' decisions the view applied (oldest first; exports carry them).
 */
public record ExtractionResult(
    List<DocumentResult> documents,
    List<Incident> incidents,
    List<Actor> actors,
    List<Relation> relations,
    List<Problem> problems,
    List<ActorDecision> decisions) {
  public ExtractionResult {
    documents = List.copyOf(documents);
    incidents = List.copyOf(incidents);
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
    problems = List.copyOf(problems);
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(documents);
  }

  /** A view no analyst has corrected. */
  public ExtractionResult(
      List<DocumentResult> documents,
      List<Incident> incidents,
      List<Actor> actors,
      List<Relation> relations,
      List<Problem> problems) {
    this(documents, incidents, actors, relations, problems, List.of());
  }

  public boolean anyFailed() {
    return documents.stream().anyMatch(DocumentResult::isFailed);
  }
}
