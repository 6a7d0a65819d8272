package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.DocumentContext;
import org.incidex.place.Countries;
import org.incidex.text.Sentence;

/**
 * How strongly a document points at each country: its country names and demonyms counted over the
 * whole text (title and dateline included), the sentence's own counted three times, scaled so the
 * most named country weighs 1. Abbreviations ({@code U.S.}, {@code UK}) count a quarter: news from
 * anywhere quotes U.S. officials.
 */
final class CountryPrior {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’\\-]*");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final int MAX_NAME_WORDS = 3;
  private static final double SENTENCE_EXTRA = 2.0;
  private static final double ABBREVIATION = 0.25;

  private CountryPrior() {}

  static Map<String, Double> weights(
      DocumentContext context, Sentence sentence, Countries countries) {
    Map<String, Double> counts = new HashMap<>(documentCounts(context, countries));
    count(sentence.text(), SENTENCE_EXTRA, countries, counts);
    double max = counts.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> weights = new HashMap<>();
    counts.forEach((cc, n) -> weights.put(cc, n / max));
    return weights;
  }

  /** The key of the document's counts among the context's memos. */
  private static final Object DOCUMENT_COUNTS = new Object();

  /** Country names counted over the whole text, once per document. */
  private static Map<String, Double> documentCounts(DocumentContext context, Countries countries) {
    return context.memo(
        List.of(DOCUMENT_COUNTS, countries),
        c -> {
          Map<String, Double> counts = new HashMap<>();
          count(c.document().text(), 1.0, countries, counts);
          return Map.copyOf(counts);
        });
  }

  /** The most named country of the document, if any. */
  static Optional<String> top(Map<String, Double> weights) {
    return weights.entrySet().stream()
        .filter(e -> e.getValue() >= 1.0)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst();
  }

  private static void count(
      String text, double weight, Countries countries, Map<String, Double> counts) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int lastEnd = -1;
    List<Boolean> adjacent = new ArrayList<>();
    while (m.find()) {
      adjacent.add(lastEnd >= 0 && text.substring(lastEnd, m.start()).equals(" "));
      words.add(POSSESSIVE.matcher(m.group()).replaceFirst(""));
      lastEnd = m.end();
    }
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
        if (!joined(adjacent, i, n)) {
          continue;
        }
        String name = String.join(" ", words.subList(i, i + n));
        Optional<String> cc = countries.fromNameOrDemonym(name);
        if (cc.isPresent()) {
          double w = isAbbreviation(name) ? ABBREVIATION * weight : weight;
          counts.merge(cc.get(), w, Double::sum);
          i += n - 1;
          break;
        }
      }
    }
  }

  private static boolean joined(List<Boolean> adjacent, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      if (!adjacent.get(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbbreviation(String name) {
    return name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
