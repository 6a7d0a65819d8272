package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidex.text.Analyzer;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Segment;
import org.incidex.text.Sentence;
import org.incidex.text.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedAnalyzerTest {
  @TempDir Path folder;

  private final AtomicInteger built = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();

  private Analyzer counting() {
    built.incrementAndGet();
    PlainAnalyzer plain = new PlainAnalyzer();
    return new Analyzer() {
      @Override
      public List<Sentence> analyze(Document document, List<Segment> segments) {
        calls.incrementAndGet();
        return plain.analyze(document, segments);
      }

      @Override
      public String name() {
        return "counting";
      }
    };
  }

  @Test
  void aSecondAnalysisComesFromTheFolderAndIsTheSame() {
    Document d =
        Document.of("TST1-MUC3-0001", "guerrillas attacked the farm.  the army denied it.");
    List<Segment> segments = new TextSegmenter().segment(d);
    List<Sentence> first = new CachedAnalyzer(folder, "plain", this::counting).analyze(d, segments);
    List<Sentence> again = new CachedAnalyzer(folder, "plain", this::counting).analyze(d, segments);
    assertThat(again).isEqualTo(first);
    assertThat(first).hasSize(2);
    assertThat(calls).hasValue(1);
    assertThat(built).hasValue(1);
  }

  @Test
  void anotherTextMissesTheCache() {
    CachedAnalyzer cached = new CachedAnalyzer(folder, "plain", this::counting);
    Document a = Document.of("d", "guerrillas attacked the farm.");
    Document b = Document.of("d", "guerrillas burned the farm.");
    cached.analyze(a, new TextSegmenter().segment(a));
    cached.analyze(b, new TextSegmenter().segment(b));
    assertThat(calls).hasValue(2);
  }
}
