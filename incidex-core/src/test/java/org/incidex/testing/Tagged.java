package org.incidex.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.incidex.text.Token;

/**
 * Builds a tagged sentence by hand, as CoreNLP would tag it: {@code "guerrillas/NNS attacked/VBD
 * the/DT farm/NN"}, with an entity class as a third part ({@code cerezo/NNP/PERSON}) and a lemma as
 * a fourth. Words are joined by single spaces; a lemma not given is the word in lower case, without
 * a plural {@code s} for {@code NNS}.
 */
public final class Tagged {
  private Tagged() {}

  public static Sentence of(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.strip().split("\\s+")) {
      int slash = item.indexOf('/', 1);
      String[] parts = item.substring(slash + 1).split("/");
      String word = item.substring(0, slash);
      String pos = parts[0];
      String ner = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "O";
      String lemma = parts.length > 2 ? parts[2] : lemma(word, pos);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new Token(new Span(start, text.length()), word, lemma, pos, ner));
    }
    return new Sentence(
        "test", 0, new Span(0, text.length()), text.toString(), SegmentKind.SENTENCE, tokens);
  }

  private static String lemma(String word, String pos) {
    String w = word.toLowerCase(Locale.ROOT);
    if (pos.equals("NNS") && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
