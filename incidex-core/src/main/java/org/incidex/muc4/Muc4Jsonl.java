package org.incidex.muc4;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidex.model.Problem;

/**
 * Reads and writes MUC-4 JSON Lines ({@code {"docid", "doctext", "templates": [...]}} a line), the
 * shape of {@code shared/data/muc4}. Reading is forgiving per line: a malformed line becomes one
 * problem naming the file, the line and what was expected, and the other lines are still read.
 * Writing gives each document its templates in the answer keys' shape, one line per document.
 */
public final class Muc4Jsonl {
  private static final String TYPE = "incident_type";

  private final ObjectMapper json = new ObjectMapper();

  /** Reads a file; an unreadable file is one problem. */
  public Muc4Read read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Muc4Read(List.of(), List.of(Problem.fatal(file.toString(), unreadable(file, e))));
    }
    return read(file.toString(), text);
  }

  /** What is wrong with a file that cannot be read as UTF-8 text, in a few words. */
  private static String unreadable(Path file, IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (Files.isDirectory(file)) {
      return "is a folder, not a MUC-4 JSONL file";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text (binary or another encoding)";
    }
    return "cannot read: " + e.getMessage();
  }

  /** Reads JSONL text; {@code label} names it in problems. */
  public Muc4Read read(String label, String text) {
    List<Muc4Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = label + ":" + (n + 1);
      try {
        Muc4Document d = document(line);
        if (!seen.add(d.docid())) {
          throw new Malformed("docid " + d.docid() + " appears twice; the later line is skipped");
        }
        documents.add(d);
      } catch (Malformed e) {
        problems.add(Problem.fatal(where, e.getMessage()));
      }
    }
    return new Muc4Read(documents, problems);
  }

  private Muc4Document document(String line) throws Malformed {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Malformed("not valid JSON (" + e.getOriginalMessage() + "); line skipped");
    }
    if (node == null || !node.isObject()) {
      throw new Malformed("expected a JSON object with \"docid\" and \"doctext\"; line skipped");
    }
    String docid = text(node, "docid");
    String doctext = text(node, "doctext");
    if (docid == null || docid.isBlank()) {
      throw new Malformed("missing or non-string \"docid\"; line skipped");
    }
    if (doctext == null) {
      throw new Malformed(docid + " has no string \"doctext\"; line skipped");
    }
    List<Template> templates = new ArrayList<>();
    JsonNode list = node.get("templates");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new Malformed(docid + ": \"templates\" must be a list; line skipped");
      }
      for (int k = 0; k < list.size(); k++) {
        templates.add(template(list.get(k), docid + " template " + k));
      }
    }
    return new Muc4Document(docid, doctext, templates);
  }

  private static Template template(JsonNode node, String where) throws Malformed {
    if (!node.isObject()) {
      throw new Malformed(where + " is not a JSON object; line skipped");
    }
    String type = text(node, TYPE);
    Optional<List<Muc4Type>> types = type == null ? Optional.empty() : Muc4Type.alternatives(type);
    if (types.isEmpty()) {
      throw new Malformed(
          where
              + ": \""
              + TYPE
              + "\" "
              + (type == null ? "is missing" : "\"" + type + "\"")
              + " is not a MUC-4 type; line skipped");
    }
    Map<Slot, List<Filler>> slots = new EnumMap<>(Slot.class);
    for (Slot slot : Slot.values()) {
      JsonNode entities = node.get(slot.jsonName());
      List<Filler> fillers = new ArrayList<>();
      if (entities != null && !entities.isNull()) {
        if (!entities.isArray()) {
          throw new Malformed(where + ": " + slot.jsonName() + " must be a list; line skipped");
        }
        for (JsonNode e : entities) {
          fillers.add(filler(e, where + " " + slot.jsonName()));
        }
      }
      slots.put(slot, fillers);
    }
    return new Template(types.get(), slots);
  }

  /** An entity: a list of mention strings (a bare string is one mention). */
  private static Filler filler(JsonNode e, String where) throws Malformed {
    List<String> mentions = new ArrayList<>();
    if (e.isTextual()) {
      mentions.add(e.asText());
    } else if (e.isArray()) {
      for (JsonNode m : e) {
        if (!m.isTextual()) {
          throw new Malformed(where + ": a mention must be a string, got " + m + "; line skipped");
        }
        mentions.add(m.asText());
      }
    }
    if (mentions.isEmpty()) {
      throw new Malformed(where + ": an entity must be a non-empty list of strings; line skipped");
    }
    return new Filler(mentions);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** Writes one line per answer: docid and templates, roles in the answer keys' order. */
  public void write(List<Muc4Answer> answers, Writer out) throws IOException {
    for (Muc4Answer a : answers) {
      ObjectNode line = json.createObjectNode();
      line.put("docid", a.docid());
      ArrayNode templates = line.putArray("templates");
      for (Template t : a.templates()) {
        ObjectNode o = templates.addObject();
        o.put(TYPE, t.typeKey());
        for (Slot slot : Slot.values()) {
          ArrayNode entities = o.putArray(slot.jsonName());
          for (Filler f : t.fillers(slot)) {
            ArrayNode mentions = entities.addArray();
            f.mentions().forEach(mentions::add);
          }
        }
      }
      out.write(json.writeValueAsString(line));
      out.write('\n');
    }
    out.flush();
  }

  /** A line that cannot be used, with the reason. */
  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }
}
