package org.incidex.mention.casualty;

import static org.incidex.mention.casualty.Vocabulary.AUX_CHAIN;
import static org.incidex.mention.casualty.Vocabulary.TAIL_STOP;
import static org.incidex.mention.casualty.Vocabulary.wordNotIn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.mention.casualty.NumberWords.Form;
import org.incidex.model.Harm;
import org.incidex.model.Qualifier;

/**
 * The rule for a number that is the subject of a harm word: {@code At least 182 people were
 * killed}, {@code 16 people died}, {@code more than 551 concertgoers injured}, {@code left at 67
 * people dead}, {@code 12 people were killed or wounded} (a joint total). Guards keep out subsets
 * ({@code including 28 …}), things ({@code two car bombs killed}), active verbs with an object and
 * anaphoric adjectives ({@code the two dead officers}). Reads the lower-case view; returns a {@link
 * Figure} in its local offsets.
 */
final class SubjectRule {
  private SubjectRule() {}

  /** Up to seven words between a subject number and its verb: {@code members of NATO's …}. */
  private static final String SUBJECT_TAIL = "(?<tail>(?:\\s+" + wordNotIn(TAIL_STOP) + "){0,7}?)";

  private static final String MANNER_AND =
      "(?:" + Lowered.alternation(Vocabulary.MANNER) + "\\s+and\\s+)?";
  private static final String PASSIVE = Lowered.alternation(HarmWords.PASSIVE.keySet());
  private static final String AFTER_NUMBER = Lowered.alternation(HarmWords.AFTER_NUMBER.keySet());

  /** {@code … were (shot and) killed (or wounded)}. */
  private static final Pattern SUBJECT_PASSIVE =
      Pattern.compile(
          SUBJECT_TAIL
              + "\\s+"
              + AUX_CHAIN
              + "\\s+"
              + MANNER_AND
              + "(?<harm>"
              + PASSIVE
              + ")(?:\\s+(?:and|or)\\s+(?<harm2>"
              + PASSIVE
              + "))?\\b");

  /** {@code … (have) died}. */
  private static final Pattern SUBJECT_DIED =
      Pattern.compile(
          SUBJECT_TAIL
              + "(?:\\s+"
              + AUX_CHAIN
              + ")?\\s+(?<harm>"
              + Lowered.alternation(HarmWords.DIED.keySet())
              + ")\\b");

  /** {@code … dead}, {@code … injured}, {@code … fatalities}, {@code … dead and injured}. */
  private static final Pattern SUBJECT_BARE =
      Pattern.compile(
          SUBJECT_TAIL
              + "\\s+(?<harm>"
              + AFTER_NUMBER
              + ")(?:\\s+(?:and|or)\\s+(?<harm2>"
              + AFTER_NUMBER
              + "))?\\b");

  /** {@code the} before a number: what follows may point back to victims counted before. */
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:the|these|those)\\s+$");

  private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]+)");

  /** {@code left at 67 people dead}: the verb belongs to the figure's phrase. */
  private static final Pattern LEAVE_BEFORE =
      Pattern.compile("\\b(?:left|leaving|leaves|leave)\\s+(?:at\\s+)?$");

  /** A preposition before an article: the noun after it is not the subject. */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile("\\b(?:of|to|for|with|by|from|in|on|at|near)\\s+$");

  /** A list that makes what follows a part of a total: {@code including 28 Taliban members}. */
  private static final Pattern SUBSET_BEFORE =
      Pattern.compile(
          "\\b(?:including|included|includes|include|among\\s+(?:them|whom|those|the\\s+[a-z]+))"
              + "\\b(?<between>[^;()]*)$");

  /**
   * An active participle followed by what can only be its object: {@code two gunmen killed the}.
   */
  private static final Pattern OBJECT_AFTER =
      Pattern.compile(
          "\\s+(?:\\d|"
              + Lowered.alternation(
                  Vocabulary.union(
                      Vocabulary.OBJECT_STARTERS,
                      NumberReader.UNITS.keySet(),
                      NumberReader.TENS.keySet()))
              + "\\b)");

  /** The figure whose subject is {@code a}, its phrase starting at {@code left}, if any. */
  static Optional<Figure> read(String v, Amount a, int left, Qualifier q) {
    if (isSubset(v, left)) {
      return Optional.empty();
    }
    if (a.form() == Form.ARTICLE
        && FigureRules.before(PREPOSITION_BEFORE, v, a.start(), 12).find()) {
      return Optional.empty(); // "the daughter of a member … was wounded": not the subject
    }
    Matcher m = FigureRules.after(SUBJECT_PASSIVE, v, a);
    Harm harm = null;
    if (m.lookingAt() && (a.form() != Form.ARTICLE || isSingular(m))) {
      harm = HarmWords.PASSIVE.get(FigureRules.words(m.group("harm")));
    } else if ((m = FigureRules.after(SUBJECT_DIED, v, a)).lookingAt()) {
      harm = HarmWords.DIED.get(FigureRules.words(m.group("harm")));
    } else if (a.form() != Form.ARTICLE
        && (m = FigureRules.after(SUBJECT_BARE, v, a)).lookingAt()
        && !hasObject(v, m)
        && !isAttributive(v, a, m)) {
      harm = HarmWords.AFTER_NUMBER.get(m.group("harm"));
    }
    if (harm == null || namesThings(m.group("tail"))) {
      return Optional.empty();
    }
    int end = m.end("harm");
    if (m.pattern() != SUBJECT_DIED && m.group("harm2") != null) {
      // spec: "N dead and injured" is one total for both: casualties
      String second = FigureRules.words(m.group("harm2"));
      harm =
          HarmWords.join(
              harm, HarmWords.PASSIVE.getOrDefault(second, HarmWords.AFTER_NUMBER.get(second)));
      end = m.end("harm2");
    }
    Matcher leave = FigureRules.before(LEAVE_BEFORE, v, left, 15);
    int start = leave.find() ? leave.start() : left;
    return Optional.of(FigureRules.figure(start, end, a, harm, q, false));
  }

  private static boolean isSingular(Matcher m) {
    return Vocabulary.SINGULAR_AUX.contains(m.group("aux"));
  }

  /** A bare participle with an object after it is active: {@code two gunmen killed two}. */
  private static boolean hasObject(String v, Matcher m) {
    String harm = m.group("harm2") != null ? m.group("harm2") : m.group("harm");
    if (!HarmWords.ACTIVE.containsKey(harm)) {
      return false;
    }
    int end = m.group("harm2") != null ? m.end("harm2") : m.end("harm");
    Matcher obj = OBJECT_AFTER.matcher(v);
    obj.region(end, v.length());
    return obj.lookingAt();
  }

  /**
   * {@code the two dead officers were identified}: an adjective before a noun, after {@code the},
   * points back to victims counted elsewhere.
   */
  private static boolean isAttributive(String v, Amount a, Matcher m) {
    if (m.group("harm2") != null
        || !HarmWords.PASSIVE.containsKey(m.group("harm")) && !m.group("harm").equals("dead")
        || !FigureRules.before(DEFINITE_BEFORE, v, a.start(), 10).find()) {
      return false;
    }
    Matcher next = NEXT_WORD.matcher(v);
    next.region(m.end(), v.length());
    return next.lookingAt() && !Vocabulary.TAIL_STOP.contains(next.group(1));
  }

  private static boolean isSubset(String v, int left) {
    Matcher m = FigureRules.before(SUBSET_BEFORE, v, left, 80);
    return m.find() && !Vocabulary.ANY_HARM_WORD.matcher(m.group("between")).find();
  }

  /** Whether a noun phrase after a number names things, not people: {@code seven rockets}. */
  static boolean namesThings(String tail) {
    for (String w : tail.strip().split("\\s+")) {
      if (Vocabulary.NOT_PEOPLE.contains(w.replace("\"", ""))) {
        return true;
      }
    }
    return false;
  }
}
