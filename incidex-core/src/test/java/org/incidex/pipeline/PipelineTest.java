package org.incidex.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.model.Problem;
import org.incidex.testing.PlainPipeline;
import org.incidex.text.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pipeline's own behaviour: failed documents keep their text and problems; ids are unique. */
class PipelineTest {
  private static PlainPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new PlainPipeline();
  }

  @Test
  void aBlankDocumentFailsWithAProblemAndKeepsItsText() {
    ExtractionResult r = pipeline.run(Document.of("blank", "   \n"));
    assertThat(r.anyFailed()).isTrue();
    assertThat(r.documents().get(0).document().text()).isEqualTo("   \n");
    assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.fatal()).isTrue());
  }

  @Test
  void aDocumentOfHeadingsOnlyFailsWithAProblem() {
    ExtractionResult r = pipeline.run(Document.of("headings", "A title\n\nAnother heading\n"));
    assertThat(r.problems())
        .extracting(Problem::message)
        .contains("no sentence of running text found; nothing extracted");
  }

  @Test
  void vagueFiguresAreProblemsThatSayWhatWasLeftEmpty() {
    ExtractionResult r = pipeline.run("On 3 May 2019, a bomb exploded in Kabul, killing dozens.\n");
    assertThat(r.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("has no number").contains("killed left empty"));
    assertThat(r.incidents()).singleElement().satisfies(i -> assertThat(i.killed()).isEmpty());
  }

  @Test
  void incidentIdsAreUniqueAcrossDocuments() {
    ExtractionResult r =
        pipeline.run(
            "On 3 May 2019, a bomb exploded in Kabul.\nOn 9 June 2019, a bomb exploded in Kabul.\n",
            "A bomb exploded in Kabul, killing 4 people.\n");
    List<String> ids = r.incidents().stream().map(i -> i.id()).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aSiegeDeclaredOverOnALaterDayHasAnEnd() {
    ExtractionResult r =
        pipeline.run(
            "On 21 September 2013, gunmen attacked the Westgate shopping mall in Nairobi.\n"
                + "The mall was officially declared secured on 24 September.\n");
    assertThat(r.incidents())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.date().flatMap(d -> d.value().end()).flatMap(e -> e.iso()))
                    .contains("2013-09-24"));
  }
}
