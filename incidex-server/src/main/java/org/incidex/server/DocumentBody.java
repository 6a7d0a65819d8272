package org.incidex.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.io.DocumentReader;
import org.incidex.model.Problem;
import org.incidex.text.Document;

/**
 * Reads the document a client posts: {@code text/plain} (UTF-8; the text itself, where a first line
 * {@code date 2022-10-29} gives the publication date as in a file) or {@code application/json}
 * ({@code {"id"?, "title"?, "date"?, "text"}}). The text gets the checks a text file gets from
 * {@code incidex extract} ({@link DocumentReader}): not empty, not binary, not HTML. Without an id
 * the document is named {@code doc-} and the start of its content hash, so the same text has the
 * same id.
 */
final class DocumentBody {
  static final String SOURCE = "http";
  private static final int MAX_ID_CHARS = 200;

  private DocumentBody() {}

  /**
   * Refuses (415) a body that is neither UTF-8 {@code text/plain} nor {@code application/json},
   * before it is read: a wrong type is 415 whatever its size.
   */
  static void accept(String mediaType, Optional<String> charset) {
    if (mediaType.equals("text/plain")) {
      if (charset.isPresent() && !charset.get().equalsIgnoreCase("utf-8")) {
        throw new ApiException(
            415, "text/plain must be UTF-8, not " + charset.get() + "; convert it first");
      }
      return;
    }
    if (!mediaType.equals("application/json")) {
      throw new ApiException(
          415,
          (mediaType.isEmpty() ? "the request has no Content-Type" : "unsupported " + mediaType)
              + "; send text/plain (the text) or application/json ({\"text\": ...})");
    }
  }

  /** The document in a body of an {@link #accept accepted} type. */
  static Document read(String mediaType, byte[] body) {
    if (mediaType.equals("application/json")) {
      return fromJson(body);
    }
    return fromText(Optional.empty(), plainText("request body", body), Optional.empty(), null);
  }

  private static Document fromJson(byte[] body) {
    JsonNode node;
    try {
      node = Http.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw ApiException.badRequest("cannot read the body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("expected a JSON object with a \"text\" field");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw ApiException.badRequest("the object has no \"text\" string");
    }
    Optional<String> id = string(node, "id");
    if (id.isPresent() && (id.get().isBlank() || id.get().length() > MAX_ID_CHARS)) {
      throw ApiException.badRequest(
          "\"id\" must be a non-blank string of at most " + MAX_ID_CHARS + " characters");
    }
    Optional<LocalDate> date = string(node, "date").map(DocumentBody::date);
    String label = id.orElse("request body");
    String checked = plainText(label, text.asText().getBytes(StandardCharsets.UTF_8));
    return fromText(
        id, checked, date, string(node, "title").filter(t -> !t.isBlank()).orElse(null));
  }

  private static LocalDate date(String iso) {
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "\"date\" must be a publication date as YYYY-MM-DD, not '" + iso + "'");
    }
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("\"" + field + "\" must be a string");
    }
    return Optional.of(v.asText());
  }

  /** The text, if it passes the file checks; else 400 with the CLI's message. */
  private static String plainText(String label, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    Optional<String> text = DocumentReader.decode(label, bytes, problems);
    if (text.isEmpty() || !DocumentReader.isPlainText(label, text.get(), problems)) {
      throw new ApiException(
          400, problems.get(0).message(), problems.stream().map(Problem::toString).toList());
    }
    return text.get();
  }

  private static Document fromText(
      Optional<String> id, String text, Optional<LocalDate> date, String title) {
    String name = id.orElseGet(() -> "doc-" + Document.sha256(text).substring(0, 12));
    Document d = DocumentReader.fromText(name, text, SOURCE).orElseThrow();
    if (date.isPresent()) {
      d = d.withPublished(date);
    }
    return title == null ? d : d.withTitle(title);
  }
}
