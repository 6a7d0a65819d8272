package org.incidex.mention.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.testing.SharedData;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.TextSegmenter;
import org.junit.jupiter.api.Test;

/** Runs the extractor over every shared corpus file: nothing throws, every span is exact. */
class CasualtyCorpusTest {
  private final CasualtyExtractor extractor = new CasualtyExtractor();

  @Test
  void everyCorpusFigureHasExactSpansInsideItsSentence() throws IOException {
    SharedData.assumePresent();
    List<String> bad = new ArrayList<>();
    int figures = 0;
    List<Path> files;
    try (Stream<Path> listing = Files.list(SharedData.corpus())) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      Document doc = Document.of(id, Files.readString(file));
      List<Sentence> sentences = new PlainAnalyzer().analyze(doc, new TextSegmenter().segment(doc));
      DocumentContext context = new DocumentContext(doc, sentences);
      for (Sentence s : sentences) {
        for (Mention m : extractor.extract(s, context)) {
          CasualtyMention c = (CasualtyMention) m;
          figures++;
          if (!s.span().contains(c.span())
              || !c.span().contains(c.numberSpan())
              || !c.span().of(doc.text()).equals(s.textOf(c.span()))) {
            bad.add(id + " " + c.span() + " " + c);
          }
        }
        for (VagueFigure v : extractor.vagueFigures(s)) {
          if (!s.span().contains(v.span()) || !v.amountSpan().of(doc.text()).equals(v.amount())) {
            bad.add(id + " " + v.span() + " " + v);
          }
        }
      }
    }
    assertThat(files).isNotEmpty();
    assertThat(figures).isGreaterThan(40);
    assertThat(bad).isEmpty();
  }
}
