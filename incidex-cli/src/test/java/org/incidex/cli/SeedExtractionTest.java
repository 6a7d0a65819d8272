package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on the seed document: its export scores at least the figures issue 2 sets, and every
 * exported span is true to the document.
 */
@Tag("nlp")
class SeedExtractionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path seed;
  private static Path export;

  @BeforeAll
  static void extractTheSeed() {
    seed = Corpus.file("isis-k-seed.txt");
    export = dir.resolve("seed.json");
    Cli.Run run =
        Cli.run("extract", seed.toString(), "--format", "json", "--out", export.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void seedScoresAtLeastTheCoreFigures() throws Exception {
    JsonNode report = Scorer.score(Corpus.gold("isis-k-seed.json"), export);
    assertThat(report.at("/incidents/f1").asDouble()).isGreaterThanOrEqualTo(0.70);
    assertThat(report.at("/slots/f1").asDouble()).isGreaterThanOrEqualTo(0.60);
  }

  @Test
  void everyExportedSpanIsTrueToItsDocument() throws Exception {
    String text = Files.readString(seed);
    JsonNode root = JSON.readTree(export.toFile());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (JsonNode item : iterate(root.get("incidents"), root.get("relations"))) {
      for (JsonNode m : item.get("mentions")) {
        checked++;
        check(text, m, wrong);
      }
      for (JsonNode e : item.path("evidence")) {
        for (JsonNode span : e.isArray() ? e : List.of(e)) {
          checked++;
          check(text, span, wrong);
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(wrong).isEmpty();
  }

  private static List<JsonNode> iterate(JsonNode... arrays) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode a : arrays) {
      a.forEach(out::add);
    }
    return out;
  }

  private static void check(String text, JsonNode span, List<String> wrong) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    String said = span.get("text").asText();
    if (end > text.length() || !text.substring(start, end).equals(said)) {
      wrong.add(start + ".." + end + " " + said);
    }
  }
}
