package org.incidex.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.incidex.text.Analyzer;
import org.incidex.text.Document;
import org.incidex.text.Segment;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * An analyser that keeps another analyser's output in a folder, one JSON file per document, so that
 * experiments over the 1,500 MUC-4 documents pay for CoreNLP once. The key is a hash of the
 * analyser's name, the text and the segment spans: a changed segmenter or text misses the cache.
 * The wrapped analyser is only built on the first miss (loading CoreNLP takes seconds). Token words
 * and sentence texts are not stored; they are cut from the document again, so offsets stay exact.
 */
public final class CachedAnalyzer implements Analyzer {
  private final Path folder;
  private final String name;
  private final Supplier<Analyzer> factory;
  private final ObjectMapper json = new ObjectMapper();
  private Analyzer inner;

  public CachedAnalyzer(Path folder, String name, Supplier<Analyzer> factory) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.name = Objects.requireNonNull(name, "name");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public List<Sentence> analyze(Document document, List<Segment> segments) {
    StringBuilder key = new StringBuilder(name).append('\u0000').append(document.text());
    segments.forEach(s -> key.append('\u0000').append(s.span()).append(s.kind()));
    Path file =
        folder.resolve(safe(document.id()) + "-" + Document.sha256(key.toString()) + ".json");
    try {
      if (Files.isRegularFile(file)) {
        return read(Files.readString(file, StandardCharsets.UTF_8), document, segments);
      }
      if (inner == null) {
        inner = factory.get();
      }
      List<Sentence> sentences = inner.analyze(document, segments);
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, ".analysis", ".part");
      Files.writeString(tmp, write(sentences), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return sentences;
    } catch (IOException e) {
      throw new UncheckedIOException("analysis cache " + folder, e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private String write(List<Sentence> sentences) throws IOException {
    ArrayNode all = json.createArrayNode();
    for (Sentence s : sentences) {
      ArrayNode tokens = json.createArrayNode();
      for (Token t : s.tokens()) {
        tokens
            .addArray()
            .add(t.span().start())
            .add(t.span().end())
            .add(t.lemma())
            .add(t.pos())
            .add(t.ner());
      }
      ObjectNode o = all.addObject();
      o.put("index", s.index());
      o.set("tokens", tokens);
    }
    return json.writeValueAsString(all);
  }

  private List<Sentence> read(String stored, Document document, List<Segment> segments)
      throws IOException {
    JsonNode all = json.readTree(stored);
    String text = document.text();
    List<Sentence> out = new ArrayList<>();
    for (JsonNode o : all) {
      int index = o.get("index").asInt();
      Segment seg = segments.get(index);
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : o.get("tokens")) {
        Span span = new Span(t.get(0).asInt(), t.get(1).asInt());
        tokens.add(
            new Token(
                span, span.of(text), t.get(2).asText(), t.get(3).asText(), t.get(4).asText()));
      }
      SegmentKind kind = seg.kind();
      out.add(new Sentence(document.id(), index, seg.span(), seg.span().of(text), kind, tokens));
    }
    return out;
  }
}
