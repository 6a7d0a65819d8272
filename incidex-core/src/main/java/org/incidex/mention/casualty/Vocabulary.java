package org.incidex.mention.casualty;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists and regex pieces the figure rules share: which words may stand between a number and
 * its harm word, which nouns are things rather than people. All match the lower-case view.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Words that end the noun phrase after a number: verbs, conjunctions, prepositions, times. */
  static final Set<String> TAIL_STOP =
      Set.of(
          "and",
          "or",
          "but",
          "nor",
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "when",
          "where",
          "while",
          "as",
          "after",
          "before",
          "since",
          "because",
          "if",
          "than",
          "then",
          "so",
          "said",
          "says",
          "say",
          "told",
          "according",
          "were",
          "was",
          "are",
          "is",
          "be",
          "been",
          "being",
          "have",
          "has",
          "had",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "did",
          "do",
          "does",
          "in",
          "on",
          "at",
          "by",
          "from",
          "to",
          "with",
          "for",
          "during",
          "into",
          "near",
          "including",
          "among",
          "across",
          "inside",
          "outside",
          "under",
          "over",
          "through",
          "against",
          "without",
          "within",
          "along",
          "around",
          "about",
          "yesterday",
          "today",
          "tonight",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "last",
          "this",
          "ago",
          "earlier",
          "later",
          "also",
          "not",
          "no",
          "got",
          "remain",
          "remained",
          "included",
          "includes",
          "died",
          "missing",
          "arrested");

  /** Words that may not even start the short noun phrase after an object number. */
  static final Set<String> OBJECT_TAIL_STOP = Set.of("of", "the", "a", "an", "his", "her", "their");

  /** Nouns that count things, times or distances: a number before them counts no victims. */
  static final Set<String> NOT_PEOPLE =
      Set.of(
          "days",
          "weeks",
          "months",
          "years",
          "hours",
          "minutes",
          "seconds",
          "times",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "meters",
          "metres",
          "feet",
          "yards",
          "vehicles",
          "cars",
          "buses",
          "trucks",
          "houses",
          "homes",
          "buildings",
          "shops",
          "rockets",
          "bombs",
          "shells",
          "mortars",
          "grenades",
          "explosions",
          "blasts",
          "bombings",
          "attacks",
          "incidents",
          "cases",
          "tons",
          "kg",
          "rounds",
          "shots",
          "bullets",
          "explosives",
          "devices",
          "villages",
          "towns",
          "provinces",
          "districts",
          "countries",
          "points",
          "floors",
          "storeys",
          "stories",
          "weapons",
          "guns",
          "rifles",
          "aircraft",
          "planes",
          "helicopters",
          "ambulances");

  /** Words after a participle that show it is active with an object: {@code gunmen killed the}. */
  static final Set<String> OBJECT_STARTERS =
      Set.of(
          "a",
          "an",
          "the",
          "his",
          "her",
          "him",
          "them",
          "their",
          "its",
          "themselves",
          "himself",
          "herself",
          "more",
          "over",
          "about",
          "nearly",
          "some",
          "up",
          "as",
          "no",
          "people",
          "civilians",
          "everyone",
          "all",
          "several",
          "many",
          "dozens",
          "scores",
          "hundreds",
          "thousands",
          "at");

  /** Verbs of manner before {@code and killed}: {@code were shot and killed}. */
  static final Set<String> MANNER =
      Set.of("shot", "stabbed", "beaten", "attacked", "hacked", "ambushed", "abducted", "tortured");

  /** Auxiliaries of the passive or perfect: {@code were}, {@code had been}. */
  static final Set<String> AUX =
      Set.of("was", "were", "are", "is", "be", "been", "being", "have", "has", "had", "got");

  /** Singular auxiliaries: {@code a soldier was wounded} counts one. */
  static final Set<String> SINGULAR_AUX = Set.of("was", "is", "has", "had");

  /** One word of the view: {@code nato's}, {@code u.s}, {@code al-shabab}. */
  static final String WORD = "[a-z](?:[a-z'.\\-]*[a-z])?";

  /** A word that is not one of {@code stops}, possibly in quotation marks: {@code "terrorist"}. */
  static String wordNotIn(Set<String> stops) {
    return "\"?(?!(?:" + String.join("|", stops) + ")\\b)" + WORD + "\"?";
  }

  /** {@code \s+} + an optional run of auxiliaries and adverbs: {@code were also}. */
  static final String AUX_CHAIN =
      "(?<aux>"
          + Lowered.alternation(AUX)
          + ")(?:\\s+"
          + Lowered.alternation(union(AUX, HarmWords.ADVERBS))
          + "){0,4}";

  /** Any harm word of the tables, as a whole word. */
  static final Pattern ANY_HARM_WORD =
      Pattern.compile(
          "\\b"
              + Lowered.alternation(
                  union(
                      HarmWords.ACTIVE.keySet(),
                      HarmWords.PASSIVE.keySet(),
                      HarmWords.AFTER_NUMBER.keySet(),
                      HarmWords.DIED.keySet()))
              + "\\b");

  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
}
