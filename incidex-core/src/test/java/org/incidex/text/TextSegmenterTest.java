package org.incidex.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidex.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSegmenterTest {
  private final TextSegmenter segmenter = new TextSegmenter();

  private List<String> sentences(String text) {
    return segmenter.segment(Document.of("t", text)).stream()
        .filter(s -> s.kind() == SegmentKind.SENTENCE)
        .map(s -> s.span().of(text))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          citation markers at a line start belong to no sentence | killing 94.\\n[24][25] In June 2024, eight men were arrested. | killing 94. // In June 2024, eight men were arrested.
          citation markers after the final period belong to no sentence | It burned.[16][17][18] Investigators said 145 died. | It burned. // Investigators said 145 died.
          markers inside a sentence stay | It was a twin bombing on 3 January 2024[b] against a crowd. | It was a twin bombing on 3 January 2024[b] against a crowd.
          U.S. does not end a sentence | It killed 13 U.S. military personnel. The group fled. | It killed 13 U.S. military personnel. // The group fled.
          titles before names do not end a sentence | Police Chief Maj. Gen. Kale Kayihura spoke. He left. | Police Chief Maj. Gen. Kale Kayihura spoke. // He left.
          a.m. does not end a sentence | Gunfire began around 5 a.m. and lasted three hours. | Gunfire began around 5 a.m. and lasted three hours.
          quotations of several sentences split with their quotation marks | "We did it. We will do it again," he said. | "We did it. // We will do it again," he said.
          a leading ellipsis is not part of the sentence | "Blessed. ...We wage war against them." | "Blessed. // We wage war against them."
          a question inside a quotation continues the sentence | "Why fight?" said Museveni. | "Why fight?" said Museveni.
          caseless text splits before a lower-case word | the army denied it.  guerrillas attacked the farm. | the army denied it. // guerrillas attacked the farm.
          caseless text splits after one space too | near the sacamil neighborhood. among the weapons were rifles. | near the sacamil neighborhood. // among the weapons were rifles.
          a caseless abbreviation does not end a sentence | maj. rodriguez said the u.s. embassy was hit. | maj. rodriguez said the u.s. embassy was hit.
          two spaces end a caseless sentence after an abbreviation | aid came from the u.s.  the fmln denied it. | aid came from the u.s. // the fmln denied it.
          a caseless initial does not end a sentence | he met jose n. duarte today. | he met jose n. duarte today.
          a caseless dateline is metadata | san salvador, 3 jan 90 (radio venceremos) -- the fmln attacked. | the fmln attacked.
          a place and a day, no agency | Lima, 12 Mar 91 -- Guerrillas attacked a post. | Guerrillas attacked a post.
          a place, a country and a date | Bogota, Colombia, March 3, 1990 -- Rebels struck. | Rebels struck.
          a capital anywhere keeps the cased rules | the U.S. embassy said so. guerrillas attacked. | the U.S. embassy said so. guerrillas attacked.
          """)
  void splitsSentences(String rule, String input, String expected) {
    String text = input.replace("\\n", "\n");
    assertThat(String.join(" // ", sentences(text))).as(rule).isEqualTo(expected);
  }

  @Test
  void cnnDatelineIsMetadataNotPartOfTheFirstSentence() {
    String text = "Kabul, Afghanistan (CNN) -- A suicide bomber struck a convoy. Three died.\n";
    List<Segment> segments = segmenter.segment(Document.of("t", text));
    assertThat(segments.get(0).kind()).isEqualTo(SegmentKind.METADATA);
    assertThat(segments.get(1).span().of(text)).isEqualTo("A suicide bomber struck a convoy.");
  }

  @Test
  void dateLineAndTitleAreNotSentences() {
    String text =
        "date 2022-10-29\n\nTwo blasts target the ministry\n\nTwin car bombings rocked it.\n";
    List<Segment> segments = segmenter.segment(Document.of("t", text));
    assertThat(segments)
        .extracting(Segment::kind)
        .containsExactly(SegmentKind.METADATA, SegmentKind.HEADING, SegmentKind.SENTENCE);
  }

  @Test
  void longLineWithoutFinalPunctuationIsStillASentence() {
    String text =
        "(CNN) -- A son of a former prime minister was kidnapped Thursday in a deadly raid two"
            + " days before the vote, one of his brothers told CNN\n";
    assertThat(sentences(text)).hasSize(1);
    assertThat(sentences(text).get(0)).startsWith("A son").endsWith("told CNN");
  }

  @Test
  void emptyDocumentHasNoSegments() {
    assertThat(segmenter.segment(Document.of("t", ""))).isEmpty();
    assertThat(segmenter.segment(Document.of("t", "\n\n  \n"))).isEmpty();
  }

  /** Every sentence the annotators marked as a mention is exactly one of our sentences. */
  @Test
  void everyGoldMentionIsOneOfOurSentences() throws IOException {
    SharedData.assumePresent();
    ObjectMapper json = new ObjectMapper();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(SharedData.gold())) {
      for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(gold.toFile());
        for (JsonNode doc : root.get("documents")) {
          String id = doc.get("id").asText();
          String text = Files.readString(SharedData.corpus().resolve(id + ".txt"));
          Set<Span> ours =
              segmenter.segment(Document.of(id, text)).stream()
                  .filter(s -> s.kind() == SegmentKind.SENTENCE)
                  .map(Segment::span)
                  .collect(Collectors.toCollection(TreeSet::new));
          for (String section : List.of("incidents", "relations")) {
            for (JsonNode item : root.get(section)) {
              for (JsonNode m : item.get("mentions")) {
                if (!m.get("doc").asText().equals(id)) {
                  continue;
                }
                Span span = new Span(m.get("start").asInt(), m.get("end").asInt());
                checked++;
                if (!ours.contains(span)) {
                  missing.add(id + " " + span + " " + m.get("text").asText());
                }
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(missing).isEmpty();
  }
}
