package org.incidex.pipeline;

import java.util.List;
import java.util.Objects;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Problem;
import org.incidex.model.Relation;

/**
 * The database view of a set of documents: incidents fused across documents, canonical actors and
 * relations under canonical names, with the per-document results and every problem met.
 */
public record ExtractionResult(
    List<DocumentResult> documents,
    List<Incident> incidents,
    List<Actor> actors,
    List<Relation> relations,
    List<Problem> problems) {
  public ExtractionResult {
    documents = List.copyOf(documents);
    incidents = List.copyOf(incidents);
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
    problems = List.copyOf(problems);
    Objects.requireNonNull(documents);
  }

  public boolean anyFailed() {
    return documents.stream().anyMatch(DocumentResult::isFailed);
  }
}
