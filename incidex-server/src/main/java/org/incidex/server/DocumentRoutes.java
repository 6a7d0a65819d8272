package org.incidex.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.incidex.model.Problem;
import org.incidex.pipeline.DocumentResult;
import org.incidex.store.IngestOutcome;
import org.incidex.text.Document;

/**
 * The routes that take a text: {@code POST /api/extract} (the interchange JSON of one text, nothing
 * stored), {@code POST /api/documents} (into the store, idempotent by content hash), and {@code GET
 * /api/documents/{id}} (a stored text, for showing evidence in place).
 */
final class DocumentRoutes {
  private final Library library;
  private final Extraction extraction;
  private final long maxBodyBytes;

  DocumentRoutes(Library library, Extraction extraction, long maxBodyBytes) {
    this.library = library;
    this.extraction = extraction;
    this.maxBodyBytes = maxBodyBytes;
  }

  void register(Javalin app) {
    app.post("/api/extract", this::extract);
    app.post("/api/documents", this::ingest);
    app.get("/api/documents/{id}", this::document);
  }

  private Document body(Context ctx) {
    String type = Http.mediaType(ctx);
    DocumentBody.accept(type, Http.charset(ctx));
    return DocumentBody.read(type, Http.body(ctx, maxBodyBytes));
  }

  private void extract(Context ctx) {
    DocumentResult result = checked(extraction.extract(body(ctx)));
    Http.json(ctx, Interchange.of(extraction.view(result)));
  }

  private void ingest(Context ctx) {
    Document d = body(ctx);
    ObjectNode body = Http.object();
    if (library.contains(d.contentHash())) {
      DocumentResult stored = library.byHash(d.contentHash()).orElseThrow();
      unchanged(ctx, body, stored.document().id(), stored.incidents().size());
      return;
    }
    DocumentResult result = checked(extraction.extract(d));
    IngestOutcome outcome = library.ingest(result);
    if (outcome.status() == IngestOutcome.Status.ALREADY_STORED) {
      // another request stored the same text meanwhile
      unchanged(ctx, body, outcome.storedAs(), result.incidents().size());
      return;
    }
    body.put("document_id", outcome.storedAs());
    body.put("status", outcome.status() == IngestOutcome.Status.REPLACED ? "replaced" : "added");
    body.put("incidents", result.incidents().size());
    Http.json(ctx, 201, body);
  }

  private static void unchanged(Context ctx, ObjectNode body, String id, int incidents) {
    body.put("document_id", id);
    body.put("status", "unchanged");
    body.put("incidents", incidents);
    Http.json(ctx, 200, body);
  }

  /** A text the pipeline could not read (no running text) is the client's 400, not stored. */
  private static DocumentResult checked(DocumentResult result) {
    if (result.isFailed()) {
      var fatal = result.problems().stream().filter(Problem::fatal).toList();
      throw new ApiException(
          400, fatal.get(0).message(), fatal.stream().map(Problem::toString).toList());
    }
    return result;
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    Document d =
        library
            .document(id)
            .orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"))
            .document();
    ObjectNode body = Http.object();
    body.put("id", d.id());
    body.put("title", d.title());
    body.put("date", d.published().map(LocalDate::toString).orElse(null));
    body.put("source", d.source());
    body.put("text", d.text());
    Http.json(ctx, body);
  }
}
