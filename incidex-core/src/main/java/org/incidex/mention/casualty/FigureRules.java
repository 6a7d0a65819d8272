package org.incidex.mention.casualty;

import static org.incidex.mention.casualty.Vocabulary.TAIL_STOP;
import static org.incidex.mention.casualty.Vocabulary.wordNotIn;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.mention.casualty.QualifierCues.Cue;
import org.incidex.model.Harm;
import org.incidex.model.Qualifier;

/**
 * The rules that read a figure around one amount, tried in this order:
 *
 * <ol>
 *   <li>a toll: {@code the death toll rose to 290} (an update), {@code the death toll of 12};
 *   <li>a harm noun with {@code of}: {@code the deaths of 56 people};
 *   <li>the object of a harm verb: {@code killing over 170 people}, {@code killing and injuring at
 *       least 700 people} (a joint total);
 *   <li>the subject of a harm word ({@link SubjectRule}): {@code At least 182 people were killed},
 *       {@code 16 people died}, {@code more than 551 concertgoers injured}.
 * </ol>
 *
 * Reads the lower-case view of one sentence; returns a {@link Figure} in the same local offsets.
 */
final class FigureRules {
  private FigureRules() {}

  /** Words that stand between the verb and the number without changing it. */
  private static final Pattern FILLER_BEFORE =
      Pattern.compile(
          "\\b(?:a\\s+total\\s+of|a\\s+further|an\\s+additional|another|a\\s+reported)\\s+$");

  private static final Pattern TOLL_BEFORE =
      Pattern.compile(
          "\\b(?:(?<lead>(?!(?:the|a|its)\\b)[a-z]+)\\s+)?(?:(?<det>the|a|its)\\s+)?(?:(?<kind>"
              + Lowered.alternation(HarmWords.TOLL_KIND.keySet())
              + ")\\s+)?(?<toll>toll)(?<link>(?:\\s+[a-z]+){1,5}?)\\s+$");

  /** The event a toll is of, between the toll and its verb: "from the bombing", "in the attack". */
  private static final Pattern TOLL_OF_EVENT =
      Pattern.compile("^(?:from|in|of|after)\\s+(?:the|this|that|[a-z]+'s)\\s+[a-z]+(?=\\s)");

  /** The last word before a toll's number. */
  private static final Set<String> TOLL_LAST =
      Set.of("to", "at", "of", "is", "was", "reached", "hit", "stands", "stood");

  private static final Pattern NOUN_OF_BEFORE =
      Pattern.compile(
          "\\b(?<noun>" + Lowered.alternation(HarmWords.NOUN_OF.keySet()) + ")\\s+of\\s+$");

  private static final Pattern OBJECT_BEFORE =
      Pattern.compile(
          "\\b(?<verb>"
              + Lowered.alternation(HarmWords.ACTIVE.keySet())
              + ")(?:\\s+(?:and|or)\\s+(?<verb2>"
              + Lowered.alternation(HarmWords.ACTIVE.keySet())
              + "))?\\s+$");

  /** Up to three words after an object number: {@code people}, {@code Somali lawmaker}. */
  private static final Pattern OBJECT_TAIL =
      Pattern.compile(
          "(?:\\s+"
              + wordNotIn(Vocabulary.union(TAIL_STOP, Vocabulary.OBJECT_TAIL_STOP))
              + "){0,3}");

  /** The figure around {@code amount} in the view, if a rule reads one. */
  static Optional<Figure> read(String v, Amount amount) {
    Optional<Cue> cue = QualifierCues.before(v, amount);
    Qualifier qualifier = QualifierCues.qualify(cue, amount);
    int phraseStart = cue.map(Cue::start).orElse(amount.start());
    Matcher filler = before(FILLER_BEFORE, v, phraseStart, 30);
    int left = filler.find() ? filler.start() : phraseStart;
    Optional<Figure> f = toll(v, amount, left, qualifier);
    if (f.isEmpty()) {
      f = revisedToll(v, amount, left, qualifier);
    }
    if (f.isEmpty()) {
      f = nounOf(v, amount, left, qualifier);
    }
    if (f.isEmpty()) {
      f = object(v, amount, left, qualifier);
    }
    if (f.isEmpty()) {
      f = SubjectRule.read(v, amount, left, qualifier);
    }
    return f;
  }

  private static Optional<Figure> toll(String v, Amount a, int left, Qualifier q) {
    Matcher m = before(TOLL_BEFORE, v, left, 70);
    if (!m.find()) {
      return Optional.empty();
    }
    // "the death toll from the bombing rose to nine": the event named after the toll is skipped
    String[] link =
        TOLL_OF_EVENT.matcher(m.group("link").strip()).replaceFirst("").strip().split("\\s+");
    boolean update = HarmWords.TOLL_CHANGE.contains(group(m, "lead"));
    for (String w : link) {
      if (!HarmWords.TOLL_LINK.contains(w)) {
        return Optional.empty();
      }
      update |= HarmWords.TOLL_CHANGE.contains(w);
    }
    if (!TOLL_LAST.contains(link[link.length - 1])) {
      return Optional.empty();
    }
    Harm harm = HarmWords.TOLL_KIND.getOrDefault(group(m, "kind"), Harm.KILLED);
    int start =
        HarmWords.TOLL_CHANGE.contains(group(m, "lead"))
            ? m.start("lead")
            : m.start(m.group("det") != null ? "det" : m.group("kind") != null ? "kind" : "toll");
    return Optional.of(figure(start, objectEnd(v, a), a, harm, q, update));
  }

  /**
   * A revised toll told far from its noun: "The death toll from a roadside bomb that struck a bus
   * near … on Tuesday has risen to 11", "The number of wounded rose to 47".
   */
  private static final Pattern REVISED_TOLL =
      Pattern.compile(
          "\\b(?:(?<kind>death|fatality|injury|casualty)\\s+toll|number\\s+of\\s+(?<noun>dead|deaths"
              + "|killed|fatalities|wounded|injured|injuries|casualties))\\b[^.;]{0,160}?\\b(?<verb>(?:has"
              + "\\s+|had\\s+|have\\s+)?(?:risen|rose|rises|climbed|climbs|jumped|increased|reached))\\s+"
              + "(?:to\\s+)?$");

  private static Optional<Figure> revisedToll(String v, Amount a, int left, Qualifier q) {
    Matcher m = before(REVISED_TOLL, v, left, 220);
    if (!m.find()) {
      return Optional.empty();
    }
    String noun = group(m, "noun");
    Harm harm =
        m.group("kind") != null
            ? HarmWords.TOLL_KIND.get(m.group("kind"))
            : noun.matches("wounded|injured|injuries")
                ? Harm.WOUNDED
                : noun.equals("casualties") ? Harm.CASUALTIES : Harm.KILLED;
    return Optional.of(figure(m.start("verb"), objectEnd(v, a), a, harm, q, true));
  }

  private static Optional<Figure> nounOf(String v, Amount a, int left, Qualifier q) {
    Matcher m = before(NOUN_OF_BEFORE, v, left, 30);
    if (!m.find()) {
      return Optional.empty();
    }
    Harm harm = HarmWords.NOUN_OF.get(m.group("noun"));
    return Optional.of(figure(m.start("noun"), objectEnd(v, a), a, harm, q, false));
  }

  private static Optional<Figure> object(String v, Amount a, int left, Qualifier q) {
    Matcher m = before(OBJECT_BEFORE, v, left, 40);
    if (!m.find()) {
      return Optional.empty();
    }
    int end = objectEnd(v, a);
    if (SubjectRule.namesThings(v.substring(a.end(), end))) {
      return Optional.empty(); // "killed 3 days ago"
    }
    Harm harm = HarmWords.ACTIVE.get(m.group("verb"));
    if (m.group("verb2") != null) {
      // spec: a total joining deaths and injuries goes to casualties
      harm = HarmWords.join(harm, HarmWords.ACTIVE.get(m.group("verb2")));
    }
    return Optional.of(figure(m.start("verb"), end, a, harm, q, false));
  }

  static int objectEnd(String v, Amount a) {
    Matcher tail = OBJECT_TAIL.matcher(v);
    tail.region(a.end(), v.length());
    return tail.lookingAt() ? tail.end() : a.end();
  }

  static Figure figure(int start, int end, Amount a, Harm harm, Qualifier q, boolean up) {
    return new Figure(start, end, a.start(), a.end(), harm, a.value(), q, up);
  }

  /** A matcher for a pattern that must end at {@code end}, looking back at most {@code reach}. */
  static Matcher before(Pattern p, String v, int end, int reach) {
    Matcher m = p.matcher(v);
    m.region(Math.max(0, end - reach), end);
    m.useTransparentBounds(true);
    return m;
  }

  static Matcher after(Pattern p, String v, Amount a) {
    Matcher m = p.matcher(v);
    m.region(a.end(), v.length());
    m.useTransparentBounds(true);
    return m;
  }

  private static String group(Matcher m, String name) {
    return m.group(name) == null ? "" : m.group(name);
  }

  /** A phrase with its inner white space made single spaces, to look it up in a table. */
  static String words(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ");
  }
}
