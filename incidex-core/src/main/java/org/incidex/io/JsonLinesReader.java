package org.incidex.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.incidex.model.Problem;
import org.incidex.text.Document;

/**
 * Documents from JSON Lines: each line an object with {@code text} (required), {@code id}, {@code
 * title}, {@code source} and {@code date} (ISO). MUC-4's {@code docid}/{@code doctext} are accepted
 * too. A malformed line is one problem naming the line; the other lines are still read.
 */
final class JsonLinesReader {
  private final ObjectMapper json = new ObjectMapper();

  void read(String label, String text, List<Document> documents, List<Problem> problems) {
    String[] lines = text.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = label + ":" + (n + 1);
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (JsonProcessingException e) {
        problems.add(Problem.fatal(where, "not valid JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(Problem.fatal(where, "expected a JSON object with a \"text\" field"));
        continue;
      }
      String body = field(node, "text").or(() -> field(node, "doctext")).orElse(null);
      if (body == null || body.isBlank()) {
        problems.add(Problem.fatal(where, "the object has no \"text\" (or it is empty)"));
        continue;
      }
      String id =
          field(node, "id")
              .or(() -> field(node, "docid"))
              .orElse(DocumentReader.stem(java.nio.file.Path.of(label)) + "-" + (n + 1));
      Optional<LocalDate> date = Optional.empty();
      Optional<String> iso = field(node, "date").or(() -> field(node, "published"));
      if (iso.isPresent()) {
        try {
          date =
              Optional.of(
                  LocalDate.parse(iso.get().substring(0, Math.min(10, iso.get().length()))));
        } catch (DateTimeParseException e) {
          problems.add(
              new Problem(
                  where,
                  Optional.empty(),
                  "\"date\" is not an ISO date: "
                      + iso.get()
                      + "; the document is read without one",
                  false));
        }
      }
      documents.add(
          new Document(
              id,
              body,
              field(node, "title").orElse(id),
              field(node, "source").orElse(label),
              date));
    }
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }
}
