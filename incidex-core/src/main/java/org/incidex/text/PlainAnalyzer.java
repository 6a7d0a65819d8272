package org.incidex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analyser without a statistical model: splits words and punctuation, lemmatises nothing, tags
 * capitalised words {@code NNP} and digits {@code CD}, and marks no entities. Tests build sentences
 * with it; rules that need entity classes get them from the CoreNLP adapter in real runs.
 */
public final class PlainAnalyzer implements Analyzer {
  private static final Pattern WORD =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}|\\d+(?:[.,]\\d+)*|[\\p{L}\\p{M}\\d]+(?:['’\\-–][\\p{L}\\p{M}\\d]+)*|\\S");

  @Override
  public List<Sentence> analyze(Document document, List<Segment> segments) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment seg = segments.get(i);
      out.add(sentence(document.id(), i, seg, document.text()));
    }
    return out;
  }

  @Override
  public String name() {
    return "plain";
  }

  static Sentence sentence(String docId, int index, Segment seg, String text) {
    String sentenceText = seg.span().of(text);
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(sentenceText);
    while (m.find()) {
      String w = m.group();
      String pos;
      if (Character.isDigit(w.charAt(0))) {
        pos = "CD";
      } else if (Character.isUpperCase(w.charAt(0))) {
        pos = "NNP";
      } else if (Character.isLetter(w.charAt(0))) {
        pos = "NN";
      } else {
        pos = w;
      }
      Span span = new Span(seg.span().start() + m.start(), seg.span().start() + m.end());
      tokens.add(new Token(span, w, w.toLowerCase(java.util.Locale.ROOT), pos, "O"));
    }
    return new Sentence(docId, index, seg.span(), sentenceText, seg.kind(), tokens);
  }

  /** One body sentence of its own document, for tests: {@code Sentences.of("In June 2024, …")}. */
  public static Sentence of(String text) {
    return sentence("test", 0, new Segment(new Span(0, text.length()), SegmentKind.SENTENCE), text);
  }
}
