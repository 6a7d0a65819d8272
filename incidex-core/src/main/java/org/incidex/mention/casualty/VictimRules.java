package org.incidex.mention.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.model.Harm;
import org.incidex.model.Qualifier;

/**
 * Figures for victims the text names or points to without a number (guidelines: "Victims listed
 * without a total give at_least"):
 *
 * <ul>
 *   <li>a pronoun object: {@code killing him} is KILLED, at least 1; {@code wounded another} is 1;
 *   <li>a named object: {@code shot and killed lawmaker Abdulaziz Isaak Mursal}, {@code resulted in
 *       the death of Sheikh Abdul Hasib} (at least 1);
 *   <li>a list of victims: {@code Mohamed Mohamud Hayd and a security guard were shot and killed}
 *       (at least 2), {@code a driver and a first aid worker were injured} (at least 2).
 * </ul>
 *
 * Names are told by capital letters, so they are read only in mixed-case text. Reads the original
 * sentence text and its lower-case view; returns figures in local offsets.
 */
final class VictimRules {
  private VictimRules() {}

  private static final String ACTIVE = Lowered.alternation(HarmWords.ACTIVE.keySet());

  /** {@code killing him}, {@code wounded another}, where the pronoun ends the phrase. */
  private static final Pattern PRONOUN_OBJECT =
      Pattern.compile(
          "\\b(?<verb>"
              + ACTIVE
              + ")\\s+(?<obj>him|her|another)(?=\\s*(?:$|[,.;:!?)\"'\\[]|(?:and|or|in|on|at|as|"
              + "while|when|after|before|near|during|with|outside|inside|by)\\b))");

  /** A personal name: two or more capitalised words, {@code al-} and {@code bin} allowed. */
  private static final String NAME =
      "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:al-|bin\\s+|ibn\\s+|abu\\s+)?\\p{Lu}[\\p{L}'’\\-]+)+";

  /** Titles before a name: {@code lawmaker}, {@code police chief}. */
  static final Set<String> TITLES =
      Set.of(
          "lawmaker",
          "legislator",
          "politician",
          "journalist",
          "reporter",
          "commander",
          "leader",
          "official",
          "judge",
          "governor",
          "mayor",
          "minister",
          "general",
          "colonel",
          "cleric",
          "priest",
          "imam",
          "police chief",
          "chief",
          "activist",
          "candidate",
          "senator",
          "former",
          "senior",
          "local",
          "opposition",
          "member");

  private static final String TITLE_RUN =
      "(?:(?:" + Lowered.alternation(TITLES) + "|parliament member)\\s+){0,3}";

  private static final Pattern NAMED_OBJECT =
      Pattern.compile("\\b(?<verb>" + ACTIVE + ")\\s+" + TITLE_RUN + "(?<name>" + NAME + ")");

  /** {@code resulted in the death of Sheikh Abdul Hasib}: a named death with its cause. */
  private static final Pattern NAMED_DEATH =
      Pattern.compile(
          "\\b(?i:result(?:ed|ing|s)?\\s+in|caus(?:ed|ing|es)|led\\s+to)\\s+the\\s+"
              + "(?<verb>death)\\s+of\\s+"
              + TITLE_RUN
              + "(?<name>"
              + NAME
              + ")");

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

  /** Capitalised words that are not names. */
  static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "This",
          "These",
          "Those",
          "Their",
          "His",
          "Her",
          "Its",
          "Our",
          "Some",
          "All",
          "Both",
          "Many",
          "Several",
          "Police",
          "Officials",
          "Witnesses",
          "Yesterday",
          "Today",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Previously",
          "Later",
          "Meanwhile");

  /** Figures for named, listed or pointed-to victims in the sentence. */
  static List<Figure> read(String text, String v) {
    List<Figure> out = new ArrayList<>();
    Matcher m = PRONOUN_OBJECT.matcher(v);
    while (m.find()) {
      boolean another = m.group("obj").equals("another");
      out.add(
          figure(
              m.start("verb"),
              m.end(),
              m.start("obj"),
              m.end("obj"),
              HarmWords.ACTIVE.get(m.group("verb")),
              another ? Qualifier.EXACT : Qualifier.AT_LEAST));
    }
    // in text all in lower case names cannot be told
    for (Pattern p : text.equals(v) ? List.<Pattern>of() : List.of(NAMED_OBJECT, NAMED_DEATH)) {
      m = p.matcher(text);
      while (m.find()) {
        if (!NOT_NAMES.contains(m.group("name").split("\\s+")[0])) {
          Harm harm = HarmWords.ACTIVE.getOrDefault(Lowered.of(m.group("verb")), Harm.KILLED);
          out.add(
              figure(
                  m.start("verb"),
                  m.end("name"),
                  m.start("name"),
                  m.end("name"),
                  harm,
                  Qualifier.AT_LEAST));
        }
      }
    }
    m = PLURAL_HARM.matcher(v);
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
    if (item.matches(TITLE_RUN + NAME) || item.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
      return NOT_NAMES.contains(item.split("\\s+")[0]) ? OptionalInt.empty() : OptionalInt.of(1);
    }
    return OptionalInt.empty();
  }

  private static boolean startsWithNumber(String item) {
    List<Amount> amounts = NumberWords.find(item);
    return !amounts.isEmpty()
        && amounts.get(0).start() == 0
        && amounts.get(0).form() == NumberWords.Form.NUMBER;
  }

  private static Figure figure(int start, int end, int ns, int ne, Harm harm, Qualifier q) {
    return new Figure(start, end, ns, ne, harm, OptionalInt.of(1), q, false);
  }
}
