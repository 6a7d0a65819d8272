package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incidex.mention.DateMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.testing.SharedData;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.TextSegmenter;
import org.junit.jupiter.api.Test;

/** Runs the extractor over the shared corpus and the MUC-4 dev texts. */
class DateCorpusTest {
  private static final Pattern DATE_LINE = Pattern.compile("\\Adate (\\d{4}-\\d{2}-\\d{2})\\n");

  private final DateExtractor extractor = new DateExtractor();

  @Test
  void everyCorpusDateHasAnExactSpanInsideItsSentence() throws IOException {
    SharedData.assumePresent();
    List<Path> files;
    try (Stream<Path> listed = Files.list(SharedData.corpus())) {
      files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int dates = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      dates += checkSpans(document(file.getFileName().toString(), text)).size();
    }
    assertThat(dates).isGreaterThan(40);
  }

  @Test
  void corpusDatesMatchTheGoldGuidelines() throws IOException {
    SharedData.assumePresent();

    assertThat(described("kabul-airport-attack-2021.txt"))
        .contains("27 August = 2021-08-27 (relative)", "29 August = 2021-08-29 (relative)");
    assertThat(described("westgate-mall-attack-2013.txt"))
        .contains("21 September = 2013-09-21 (relative)", "24 September = 2013-09-24 (relative)");
    assertThat(described("crocus-city-hall-attack-2024.txt"))
        .contains("28 March = 2024-03-28 (relative)", "2004 = 2004");
    assertThat(described("mogadishu-education-ministry-bombing-2022.txt"))
        .contains(
            "Saturday = 2022-10-29 (relative)",
            "last week = 2022-10 (relative)",
            "August = 2022-08 (relative)");
    assertThat(described("isis-k-seed.txt"))
        .contains(
            "29 June 2014 – 27 October 2019 = 2014-06-29..2019-10-27",
            "3 January 2024 = 2024-01-03",
            "preceding weeks = 2021 (relative)");
    assertThat(described("cnn-1313-mogadishu-lawmaker-assassination.txt"))
        .containsExactly("2012 = 2012");
  }

  @Test
  void everyMuc4DevDateHasAnExactSpan() throws IOException {
    Path dev = SharedData.root().resolve("data/muc4/dev.jsonl");
    assumeTrue(Files.isRegularFile(dev), "no MUC-4 dev data at " + dev);
    ObjectMapper json = new ObjectMapper();
    int dates = 0;
    for (String line : Files.readAllLines(dev)) {
      JsonNode doc = json.readTree(line);
      dates +=
          checkSpans(Document.of(doc.get("docid").asText(), doc.get("doctext").asText())).size();
    }
    assertThat(dates).isGreaterThan(50);
  }

  private List<String> described(String file) throws IOException {
    String text = Files.readString(SharedData.corpus().resolve(file));
    return DateFixtures.described(checkSpans(document(file, text)), text);
  }

  /** A news text's first line {@code date 2022-10-29} is its publication date (guidelines §1). */
  private static Document document(String id, String text) {
    Matcher m = DATE_LINE.matcher(text);
    Optional<LocalDate> published =
        m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    return Document.of(id, text).withPublished(published);
  }

  /** All date mentions of the document, after checking each span against its sentence. */
  private List<DateMention> checkSpans(Document doc) {
    List<Sentence> sentences = new PlainAnalyzer().analyze(doc, new TextSegmenter().segment(doc));
    DocumentContext context = new DocumentContext(doc, sentences);
    List<DateMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Mention m : extractor.extract(s, context)) {
        String covered = m.span().of(doc.text());
        assertThat(s.span().contains(m.span())).as("%s in %s", m, s.span()).isTrue();
        assertThat(covered).isEqualTo(s.textOf(m.span())).isEqualTo(covered.strip()).isNotEmpty();
        assertThat(Character.isLetterOrDigit(covered.charAt(0))).as(covered).isTrue();
        out.add((DateMention) m);
      }
    }
    return out;
  }
}
