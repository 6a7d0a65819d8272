package org.incidex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidex.fusion.ActorDecision;

/**
 * Analysts' decisions kept in a file, one JSON object a line, oldest first: {@code {"kind":
 * "merge", "actor": "ISIS-K", "other": "IS-K", "analyst": "ana", "note": null, "decided_at":
 * "2026-01-02T03:04:05Z"}}. Appending never rewrites earlier lines. No file: no decisions, and
 * recording one is refused with a message saying what to give.
 */
final class DecisionFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path path;

  DecisionFile(Path path) {
    this.path = path;
  }

  List<ActorDecision> read() {
    List<ActorDecision> out = new ArrayList<>();
    if (path == null || !Files.exists(path)) {
      return out;
    }
    try {
      int n = 0;
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(line, n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read decisions from " + path, e);
    }
    return out;
  }

  void append(ActorDecision d) {
    if (path == null) {
      throw new IllegalArgumentException(
          "no place to keep the decision: give --decisions FILE (or --db PATH)");
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
    o.put("actor", d.actor());
    o.put("other", d.other());
    o.put("analyst", d.analyst());
    o.put("note", d.note().orElse(null));
    o.put("decided_at", d.decidedAt().toString());
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          path,
          JSON.writeValueAsString(o) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write decisions to " + path, e);
    }
  }

  private ActorDecision parse(String line, int n) throws IOException {
    JsonNode o = JSON.readTree(line);
    try {
      ActorDecision.Kind kind =
          ActorDecision.Kind.valueOf(o.path("kind").asText().toUpperCase(Locale.ROOT));
      JsonNode note = o.path("note");
      return new ActorDecision(
          kind,
          o.path("actor").asText(),
          o.path("other").asText(),
          o.path("analyst").asText("unknown"),
          note.isMissingNode() || note.isNull() ? Optional.empty() : Optional.of(note.asText()),
          Instant.parse(o.path("decided_at").asText()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          path + " line " + n + ": not a decision (" + e.getMessage() + "): " + line, e);
    }
  }
}
