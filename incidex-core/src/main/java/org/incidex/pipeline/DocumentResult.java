package org.incidex.pipeline;

import java.util.List;
import java.util.Objects;
import org.incidex.frame.IncidentFrame;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Problem;
import org.incidex.model.Relation;
import org.incidex.text.Document;

/**
 * What one document yields: its analysed sentences with their mentions and frames (for debugging
 * and the web page), its own incidents, actors and relations, and the problems met. A document that
 * failed keeps its text and its problems.
 */
public record DocumentResult(
    Document document,
    List<SentenceMentions> sentences,
    List<IncidentFrame> frames,
    List<Incident> incidents,
    List<Actor> actors,
    List<Relation> relations,
    List<Problem> problems) {
  public DocumentResult {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    frames = List.copyOf(frames);
    incidents = List.copyOf(incidents);
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
    problems = List.copyOf(problems);
  }

  public static DocumentResult failed(Document document, List<Problem> problems) {
    return new DocumentResult(
        document, List.of(), List.of(), List.of(), List.of(), List.of(), problems);
  }

  public boolean isFailed() {
    return problems.stream().anyMatch(Problem::fatal);
  }

  /** The same result without the analysed sentences and frames (what a store keeps). */
  public DocumentResult withoutAnalysis() {
    return new DocumentResult(
        document, List.of(), List.of(), incidents, actors, relations, problems);
  }
}
