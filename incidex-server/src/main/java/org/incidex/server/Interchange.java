package org.incidex.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.incidex.export.InterchangeJsonExporter;
import org.incidex.model.Actor;
import org.incidex.model.Incident;
import org.incidex.model.Relation;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;

/**
 * The interchange JSON ({@code incidents/1}) as a tree, written by the one exporter the CLI uses,
 * so an incident, actor or relation in a response is exactly what {@code extract --format json}
 * writes, with our extra fields ({@code evidence}, {@code suspected}, {@code precision}, …).
 */
final class Interchange {
  private Interchange() {}

  static JsonNode of(ExtractionResult result) {
    StringWriter out = new StringWriter();
    try {
      new InterchangeJsonExporter().write(result, out);
      return Http.JSON.readTree(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the interchange JSON", e);
    }
  }

  /**
   * The interchange objects of these incidents, actors and relations, in the order given; {@code
   * documents} supply the text each value's evidence quotes.
   */
  static JsonNode of(
      List<DocumentResult> documents,
      List<Incident> incidents,
      List<Actor> actors,
      List<Relation> relations) {
    return of(new ExtractionResult(documents, incidents, actors, relations, List.of()));
  }

  static ArrayNode incidents(List<DocumentResult> documents, List<Incident> incidents) {
    return (ArrayNode) of(documents, incidents, List.of(), List.of()).get("incidents");
  }
}
