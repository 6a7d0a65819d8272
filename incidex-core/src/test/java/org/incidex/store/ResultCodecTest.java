package org.incidex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidex.io.DocumentReader;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.Pipeline;
import org.incidex.pipeline.Pipelines;
import org.incidex.testing.SharedData;
import org.incidex.testing.TestResults;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.api.Test;

class ResultCodecTest {
  private final ResultCodec codec = new ResultCodec();

  private DocumentResult roundTrip(DocumentResult r) {
    return codec.decode(r.document(), codec.encode(r));
  }

  @Test
  void everyValueAndItsEvidenceSurvivesTheRoundTrip() {
    DocumentResult rich = TestResults.rich("kerman");

    assertThat(roundTrip(rich)).isEqualTo(rich.withoutAnalysis());
  }

  @Test
  void absentValuesStayAbsent() {
    DocumentResult sparse = TestResults.empty("quiet", "Nothing happened.");

    assertThat(roundTrip(sparse)).isEqualTo(sparse);
  }

  @Test
  void aFailedResultKeepsItsFatalProblem() {
    DocumentResult failed = TestResults.failed("broken", "[1][2]");

    DocumentResult back = roundTrip(failed);

    assertThat(back.isFailed()).isTrue();
    assertThat(back).isEqualTo(failed);
  }

  @Test
  void theAnalysisIsNotKept() {
    Pipeline pipeline = Pipelines.standard(new PlainAnalyzer());
    DocumentResult analysed = pipeline.extract(Document.of("kerman", TestResults.KERMAN));

    assertThat(analysed.sentences()).isNotEmpty();
    assertThat(roundTrip(analysed)).isEqualTo(analysed.withoutAnalysis());
  }

  @Test
  void everyCorpusDocumentSurvivesTheRoundTrip() throws IOException {
    SharedData.assumePresent();
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedData.corpus())) {
      files = s.sorted().toList();
    }
    Pipeline pipeline = Pipelines.standard(new PlainAnalyzer());
    for (Document d : new DocumentReader().read(files).documents()) {
      DocumentResult r = pipeline.extract(d).withoutAnalysis();
      assertThat(roundTrip(r)).as(d.id()).isEqualTo(r);
    }
  }

  @Test
  void anotherFormatIsRefusedWithTheDocumentNamed() {
    Document d = Document.of("old", "text");

    assertThatThrownBy(() -> codec.decode(d, "{\"format\":\"incidex-result/0\"}"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("old")
        .hasMessageContaining("expected format incidex-result/1");
  }

  @Test
  void aMissingFieldIsNamed() {
    Document d = Document.of("cut", "text");
    String json =
        "{\"format\":\"incidex-result/1\",\"incidents\":[],\"actors\":[],\"relations\":[]}";

    assertThatThrownBy(() -> codec.decode(d, json))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cut")
        .hasMessageContaining("missing \"problems\"");
  }
}
