package org.incidex.mention.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *   <li>a named subject: {@code Abdullahi Ahmed Hussein, also known as "Onka," was seriously
 *       injured} (at least 1);
 *   <li>a list of victims ({@link VictimList}): {@code Mohamed Mohamud Hayd and a security guard
 *       were shot and killed} (at least 2), {@code a driver and a first aid worker were injured}
 *       (at least 2).
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
  static final String NAME =
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

  static final String TITLE_RUN =
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

  /** One named victim before a singular passive, maybe with an apposition in commas. */
  private static final Pattern NAMED_SUBJECT =
      Pattern.compile(
          "(?<name>"
              + NAME
              + ")(?:,[^,]{1,80},\"?)?\\s+(?:was|has\\s+been|had\\s+been)(?:\\s+"
              + Lowered.alternation(HarmWords.ADVERBS)
              + ")*\\s+(?:"
              + Lowered.alternation(Vocabulary.MANNER)
              + "\\s+and\\s+)?(?<harm>"
              + Lowered.alternation(HarmWords.PASSIVE.keySet())
              + ")\\b");

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
    if (!text.equals(v)) {
      m = NAMED_SUBJECT.matcher(text);
      while (m.find()) {
        if (!NOT_NAMES.contains(m.group("name").split("\\s+")[0])) {
          Harm harm = HarmWords.PASSIVE.get(FigureRules.words(m.group("harm")));
          out.add(
              figure(
                  m.start("name"),
                  m.end("harm"),
                  m.start("name"),
                  m.end("name"),
                  harm,
                  Qualifier.AT_LEAST));
        }
      }
    }
    out.addAll(VictimList.read(text, v));
    return out;
  }

  private static Figure figure(int start, int end, int ns, int ne, Harm harm, Qualifier q) {
    return new Figure(start, end, ns, ne, harm, OptionalInt.of(1), q, false);
  }
}
