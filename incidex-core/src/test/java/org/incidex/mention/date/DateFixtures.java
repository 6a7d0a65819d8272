package org.incidex.mention.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.TextSegmenter;

/** Builds documents by hand (rule-based segmenter, plain analyser) and runs the date extractor. */
final class DateFixtures {
  private DateFixtures() {}

  static final LocalDate SATURDAY_2022_10_29 = LocalDate.of(2022, 10, 29);

  /** The date mentions of one sentence that is its own document. */
  static List<DateMention> inSentence(String sentence, Optional<LocalDate> published) {
    Sentence s = PlainAnalyzer.of(sentence);
    Document doc = Document.of("test", sentence).withPublished(published);
    return dates(new DateExtractor().extract(s, new DocumentContext(doc, List.of(s))));
  }

  /** The date mentions of every sentence of a document, in order. */
  static List<DateMention> inDocument(String text, Optional<LocalDate> published) {
    Document doc = Document.of("doc", text).withPublished(published);
    List<Sentence> sentences = new PlainAnalyzer().analyze(doc, new TextSegmenter().segment(doc));
    DocumentContext context = new DocumentContext(doc, sentences);
    DateExtractor extractor = new DateExtractor();
    List<DateMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(dates(extractor.extract(s, context)));
    }
    return out;
  }

  /** {@code span text = value} (and {@code ..until}) for each mention, for short assertions. */
  static List<String> described(List<DateMention> mentions, String text) {
    return mentions.stream()
        .map(
            m ->
                m.span().of(text)
                    + " = "
                    + m.value()
                    + m.until().map(u -> ".." + u).orElse("")
                    + (m.relative() ? " (relative)" : ""))
        .toList();
  }

  static List<DateMention> dates(List<Mention> mentions) {
    return mentions.stream().map(DateMention.class::cast).toList();
  }
}
