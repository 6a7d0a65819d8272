package org.incidex.mention.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.mention.DocumentContext;
import org.incidex.place.Countries;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Segment;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;

/** Each actor stage given nothing returns nothing, and reads no name in a heading. */
class ActorStagesEmptyInputTest {
  private final ActorExtractor actors =
      new ActorExtractor(ActorLexicon.standard(), new CountryNationalities(Countries.load()));

  @Test
  void anEmptySentenceHasNoActors() {
    Sentence s = PlainAnalyzer.of("");
    DocumentContext c = new DocumentContext(Document.of("d", ""), List.of(s));
    assertThat(actors.extract(s, c)).isEmpty();
    assertThat(new AliasExtractor().extract(s, c)).isEmpty();
  }

  @Test
  void aHeadingHasNoActors() {
    String text = "Islamic State – Khorasan Province (ISKP)";
    Document doc = Document.of("d", text);
    List<Sentence> heading =
        new PlainAnalyzer()
            .analyze(doc, List.of(new Segment(new Span(0, text.length()), SegmentKind.HEADING)));
    DocumentContext c = new DocumentContext(doc, heading);
    assertThat(actors.extract(heading.get(0), c)).isEmpty();
    assertThat(new AliasExtractor().extract(heading.get(0), c)).isEmpty();
  }

  @Test
  void coreferenceOfNoSentencesIsNoSentences() {
    assertThat(new Coreference().resolve(List.of())).isEmpty();
  }

  @Test
  void anEmptyNameIsFoundNowhere() {
    assertThat(NameMatcher.find("ISIS-K struck", "")).isEmpty();
    assertThat(NameMatcher.find("", "ISIS-K")).isEmpty();
  }
}
