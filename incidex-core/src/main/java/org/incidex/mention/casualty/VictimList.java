package org.incidex.mention.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.model.Harm;
import org.incidex.model.Qualifier;

/**
 * Victims listed before a plural passive, with no total: {@code Mohamed Mohamud Hayd and a security
 * guard were shot and killed} is KILLED, at least 2; {@code a driver and a first aid worker were
 * injured} is WOUNDED, at least 2 (guidelines: "Victims listed without a total give at_least").
 * Items are names, {@code a …} phrases or numbers; a list of numbers alone adds up exactly ({@code
 * two U.S. personnel and two Pakistani staff} is 4). Reads the original sentence text (for
 * capitals) and its lower-case view; returns figures in local offsets.
 */
final class VictimList {
  private VictimList() {}

  /** Victims before a plural passive: {@code … were (shot and) killed}, {@code … died}. */
  private static final Pattern PLURAL_HARM =
      Pattern.compile(
          "\\s+(?:(?:were|have\\s+been|had\\s+been)(?:\\s+"
              + Lowered.alternation(HarmWords.ADVERBS)
              + ")*\\s+(?:"
              + Lowered.alternation(Vocabulary.MANNER)
              + "\\s+and\\s+)?(?<harm>"
              + Lowered.alternation(HarmWords.PASSIVE.keySet())
              + ")|(?<died>died|perished))\\b");

  /** Where the subject of a clause may begin: after a clause word or punctuation. */
  private static final Pattern CLAUSE_START =
      Pattern.compile(
          "(?:[;:(\"]|\\s-\\s|\\b(?:that|when|after|while|said|says|say|told|as|because|where|"
              + "which|who|but|then)\\s)");

  private static final Pattern ITEM_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

  /** Punctuation that a plain noun phrase in a list does not hold. */
  private static final Pattern NOT_IN_ITEM = Pattern.compile("[()\\[\\];:\"“”]|--|\\s[-–—]\\s");

  /** A listed victim written with an article: {@code a security guard}. */
  private static final Pattern ARTICLE_ITEM = Pattern.compile("(?:a|an|one)\\s+[a-z][a-z'\\- ]*");

  /** Figures for the lists of victims in the sentence. */
  static List<Figure> read(String text, String v) {
    List<Figure> out = new ArrayList<>();
    Matcher m = PLURAL_HARM.matcher(v);
    while (m.find()) {
      list(text, v, m).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Figure> list(String text, String v, Matcher harm) {
    Matcher clause = CLAUSE_START.matcher(v);
    clause.region(0, harm.start());
    int clauseStart = 0;
    while (clause.find()) {
      clauseStart = clause.end();
    }
    List<int[]> items = new ArrayList<>();
    Matcher split = ITEM_SPLIT.matcher(text);
    split.region(clauseStart, harm.start());
    int from = clauseStart;
    while (split.find()) {
      items.add(new int[] {from, split.start()});
      from = split.end();
    }
    items.add(new int[] {from, harm.start()});
    if (items.size() < 2) {
      return Optional.empty();
    }
    // the first item may follow words that are not part of the list: "told Reuters a driver"
    int start = firstItemStart(text, items.get(0)[0], items.get(0)[1]);
    if (start < 0) {
      return Optional.empty();
    }
    items.set(0, new int[] {start, items.get(0)[1]});
    int count = 0;
    boolean allNumbers = true;
    for (int[] item : items) {
      String words = text.substring(item[0], item[1]);
      OptionalInt n = victims(words);
      if (n.isEmpty()) {
        return Optional.empty();
      }
      count += n.getAsInt();
      allNumbers &= startsWithNumber(words);
    }
    // guidelines: victims listed without a total are at_least; numbers alone add up exactly
    Qualifier qualifier = allNumbers ? Qualifier.EXACT : Qualifier.AT_LEAST;
    Harm h =
        harm.group("harm") != null
            ? HarmWords.PASSIVE.get(FigureRules.words(harm.group("harm")))
            : Harm.KILLED;
    int end = harm.group("harm") != null ? harm.end("harm") : harm.end("died");
    return Optional.of(
        new Figure(start, end, start, harm.start(), h, OptionalInt.of(count), qualifier, false));
  }

  /** The start of the longest tail of {@code [from, to)} that is one victim item, or -1. */
  private static int firstItemStart(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean wordStart = i == from || Character.isWhitespace(text.charAt(i - 1));
      if (wordStart && !Character.isWhitespace(text.charAt(i))) {
        if (victims(text.substring(i, to)).isPresent()) {
          String[] before = Lowered.of(text.substring(from, i)).strip().split("\\s+");
          // "died in Haret Hreik, and 77 more": a name after a preposition is not a subject
          return Vocabulary.TAIL_STOP.contains(before[before.length - 1]) ? -1 : i;
        }
      }
    }
    return -1;
  }

  /** How many victims one listed item names: a name or {@code a …} is 1, {@code two …} is 2. */
  private static OptionalInt victims(String item) {
    if (item.isBlank()) {
      return OptionalInt.empty();
    }
    if (NOT_IN_ITEM.matcher(item).find() || NumberWords.find(item).size() > 1) {
      return OptionalInt.empty(); // "two missionaries -- aged 19 and 21": not a plain list
    }
    String lowered = Lowered.of(item);
    for (String w : lowered.strip().split("[\\s,]+")) {
      if (Vocabulary.TAIL_STOP.contains(w) || Vocabulary.ANY_HARM_WORD.matcher(w).matches()) {
        return OptionalInt.empty(); // a clause, not a noun phrase: "16 people had been killed"
      }
    }
    if (startsWithNumber(item)) {
      return NumberWords.find(item).get(0).value();
    }
    if (ARTICLE_ITEM.matcher(lowered).matches()) {
      return OptionalInt.of(1);
    }
    if (item.matches(VictimRules.TITLE_RUN + VictimRules.NAME)
        || item.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
      return VictimRules.NOT_NAMES.contains(item.split("\\s+")[0])
          ? OptionalInt.empty()
          : OptionalInt.of(1);
    }
    return OptionalInt.empty();
  }

  private static boolean startsWithNumber(String item) {
    List<Amount> amounts = NumberWords.find(item);
    return !amounts.isEmpty()
        && amounts.get(0).start() == 0
        && amounts.get(0).form() == NumberWords.Form.NUMBER;
  }
}
