package org.incidex.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidex.export.ExportFormat;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.SentenceRef;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.query.IncidentFilter;
import org.incidex.query.PlaceLocator;
import org.incidex.store.TextMatches;
import org.incidex.store.TextQuery;

/**
 * The routes that read the database view: incidents (filtered with the CLI's {@link
 * IncidentFilter}, sorted and paged), one incident, full-text search over incident sentences, and
 * the whole store in an export format.
 */
final class IncidentRoutes {
  private static final int SEARCH_LIMIT = 50;

  private final Library library;
  private final PlaceLocator places;

  IncidentRoutes(Library library, PlaceLocator places) {
    this.library = library;
    this.places = places;
  }

  void register(Javalin app) {
    app.get("/api/incidents", this::list);
    app.get("/api/incidents/{id}", this::one);
    app.get("/api/search", this::search);
    app.get("/api/export", this::export);
  }

  private void list(Context ctx) {
    IncidentParams p = IncidentParams.read(ctx, places);
    ExtractionResult view = library.view();
    ExtractionResult found = new IncidentFilter(library::search).filter(view, p.query());
    List<Incident> sorted = found.incidents().stream().sorted(p.sort().comparator()).toList();
    List<Incident> page =
        sorted.subList(
            Math.min(p.offset(), sorted.size()), Math.min(sorted.size(), p.offset() + p.limit()));
    ObjectNode body = Http.object();
    body.put("total", sorted.size());
    body.put("offset", p.offset());
    body.put("limit", p.limit());
    body.set("items", Interchange.incidents(found.documents(), page));
    Http.json(ctx, body);
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    ExtractionResult view = library.view();
    Incident incident =
        view.incidents().stream()
            .filter(i -> i.id().equals(id))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("no incident with id '" + id + "'"));
    Http.json(ctx, Interchange.incidents(view.documents(), List.of(incident)).get(0));
  }

  private void search(Context ctx) {
    Http.onlyParams(ctx, List.of("q", "limit"));
    String typed =
        Http.param(ctx, "q").orElseThrow(() -> ApiException.badRequest("'q' is required"));
    TextQuery query;
    try {
      query = TextQuery.parse(typed);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'q': " + e.getMessage());
    }
    int limit = Http.intParam(ctx, "limit", SEARCH_LIMIT, 1, IncidentParams.MAX_LIMIT);
    ExtractionResult view = library.view();
    TextMatches matches = library.search(query);
    Map<String, DocumentResult> documents = new HashMap<>();
    view.documents().forEach(d -> documents.put(d.document().id(), d));
    Map<String, Integer> rank = new HashMap<>();
    matches.documentIds().forEach(id -> rank.putIfAbsent(id, rank.size()));
    List<Evidence> sentences =
        matches.sentences().stream()
            .filter(e -> documents.containsKey(e.docId()))
            .sorted(
                Comparator.comparingInt((Evidence e) -> rank.getOrDefault(e.docId(), rank.size()))
                    .thenComparing(Evidence::docId)
                    .thenComparing(Evidence::span))
            .toList();
    ArrayNode items = Http.JSON.createArrayNode();
    for (Evidence e : sentences.subList(0, Math.min(limit, sentences.size()))) {
      String text = documents.get(e.docId()).document().text();
      ObjectNode item = items.addObject();
      item.put("document_id", e.docId());
      item.put("start", e.span().start());
      item.put("end", e.span().end());
      item.put(
          "sentence", text.substring(e.span().start(), Math.min(text.length(), e.span().end())));
      ArrayNode ids = item.putArray("incident_ids");
      for (Incident i : view.incidents()) {
        if (i.mentions().stream().anyMatch(m -> same(m, e))) {
          ids.add(i.id());
        }
      }
    }
    ObjectNode body = Http.object();
    body.put("total", sentences.size());
    body.set("items", items);
    Http.json(ctx, body);
  }

  private static boolean same(SentenceRef m, Evidence e) {
    return m.docId().equals(e.docId()) && m.span().equals(e.span());
  }

  private void export(Context ctx) {
    Http.onlyParams(ctx, List.of("format"));
    String name = Http.param(ctx, "format").orElse("json").toLowerCase(Locale.ROOT);
    Download d = Download.of(name);
    StringWriter out = new StringWriter();
    try {
      d.format().exporter().write(library.view(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"incidex." + d.extension() + "\"");
    ctx.contentType(d.contentType()).result(out.toString());
  }

  /** The export formats offered for download, with their media types and file extensions. */
  enum Download {
    JSON(ExportFormat.JSON, "application/json; charset=utf-8", "json"),
    CSV(ExportFormat.CSV, "text/csv; charset=utf-8", "csv"),
    GEOJSON(ExportFormat.GEOJSON, "application/geo+json; charset=utf-8", "geojson"),
    GRAPHML(ExportFormat.GRAPHML, "application/graphml+xml; charset=utf-8", "graphml");

    private final ExportFormat format;
    private final String contentType;
    private final String extension;

    Download(ExportFormat format, String contentType, String extension) {
      this.format = format;
      this.contentType = contentType;
      this.extension = extension;
    }

    ExportFormat format() {
      return format;
    }

    String contentType() {
      return contentType;
    }

    String extension() {
      return extension;
    }

    static Download of(String name) {
      for (Download d : values()) {
        if (d.extension.equals(name)) {
          return d;
        }
      }
      throw ApiException.badRequest(
          "'format' must be one of json, csv, geojson, graphml, not '" + name + "'");
    }
  }
}
