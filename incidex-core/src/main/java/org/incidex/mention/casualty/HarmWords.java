package org.incidex.mention.casualty;

import static org.incidex.model.Harm.CASUALTIES;
import static org.incidex.model.Harm.KILLED;
import static org.incidex.model.Harm.WOUNDED;

import java.util.Map;
import java.util.Set;
import org.incidex.model.Harm;

/**
 * The words that say what a figure counts, as tables by the place they take around the number
 * (lower case). The rules in {@link FigureRules} and {@link VictimRules} build their patterns from
 * these tables, so a new word is a row here and a row in the tests.
 */
final class HarmWords {
  private HarmWords() {}

  /** Verbs whose object is the victims: {@code killing 94}, {@code wounding more than 30}. */
  static final Map<String, Harm> ACTIVE =
      Map.ofEntries(
          Map.entry("killing", KILLED),
          Map.entry("killed", KILLED),
          Map.entry("kills", KILLED),
          Map.entry("kill", KILLED),
          Map.entry("slaying", KILLED),
          Map.entry("slew", KILLED),
          Map.entry("massacring", KILLED),
          Map.entry("massacred", KILLED),
          Map.entry("murdering", KILLED),
          Map.entry("murdered", KILLED),
          Map.entry("executing", KILLED),
          Map.entry("executed", KILLED),
          Map.entry("wounding", WOUNDED),
          Map.entry("wounded", WOUNDED),
          Map.entry("wounds", WOUNDED),
          Map.entry("injuring", WOUNDED),
          Map.entry("injured", WOUNDED),
          Map.entry("injures", WOUNDED),
          Map.entry("hurting", WOUNDED),
          Map.entry("maiming", WOUNDED),
          Map.entry("maimed", WOUNDED));

  /** Participles after {@code were}, {@code had been}: {@code 145 people had been killed}. */
  static final Map<String, Harm> PASSIVE =
      Map.ofEntries(
          Map.entry("killed", KILLED),
          Map.entry("slain", KILLED),
          Map.entry("massacred", KILLED),
          Map.entry("murdered", KILLED),
          Map.entry("executed", KILLED),
          Map.entry("assassinated", KILLED),
          Map.entry("shot dead", KILLED),
          Map.entry("shot to death", KILLED),
          Map.entry("stabbed to death", KILLED),
          Map.entry("beaten to death", KILLED),
          Map.entry("burned to death", KILLED),
          Map.entry("found dead", KILLED),
          Map.entry("left dead", KILLED),
          Map.entry("wounded", WOUNDED),
          Map.entry("injured", WOUNDED),
          Map.entry("hurt", WOUNDED),
          Map.entry("maimed", WOUNDED),
          Map.entry("hospitalized", WOUNDED),
          Map.entry("hospitalised", WOUNDED));

  /** Verbs that say the subject died: {@code At least 16 people died}. */
  static final Map<String, Harm> DIED =
      Map.of(
          "died", KILLED,
          "perished", KILLED,
          "lost their lives", KILLED,
          "lost his life", KILLED,
          "lost her life", KILLED);

  /**
   * Words right after a number and its noun, with no verb: {@code 14 dead}, {@code more than 551
   * concertgoers injured}, {@code The 74 fatalities}, {@code 71 total deaths}.
   */
  static final Map<String, Harm> AFTER_NUMBER =
      Map.ofEntries(
          Map.entry("killed", KILLED),
          Map.entry("dead", KILLED),
          Map.entry("deaths", KILLED),
          Map.entry("fatalities", KILLED),
          Map.entry("bodies", KILLED),
          Map.entry("slain", KILLED),
          Map.entry("wounded", WOUNDED),
          Map.entry("injured", WOUNDED),
          Map.entry("hurt", WOUNDED),
          Map.entry("injuries", WOUNDED),
          Map.entry("casualties", CASUALTIES));

  /** Nouns followed by {@code of} and the number: {@code the deaths of 56 people}. */
  static final Map<String, Harm> NOUN_OF =
      Map.of(
          "deaths", KILLED,
          "death", KILLED,
          "lives", KILLED,
          "injuries", WOUNDED,
          "injury", WOUNDED,
          "casualties", CASUALTIES);

  /** What a toll counts: {@code the death toll}, {@code the casualty toll}, {@code the toll}. */
  static final Map<String, Harm> TOLL_KIND =
      Map.of("death", KILLED, "fatality", KILLED, "injury", WOUNDED, "casualty", CASUALTIES);

  /** Words that revise a toll: the figure is an update ({@code rose to 290}). */
  static final Set<String> TOLL_CHANGE =
      Set.of(
          "rose",
          "risen",
          "rises",
          "rising",
          "raising",
          "raised",
          "climbed",
          "climbing",
          "jumped",
          "increased",
          "increasing",
          "lowered",
          "lowering",
          "revised",
          "dropped",
          "fell",
          "fallen",
          "reduced",
          "updated",
          "bringing",
          "brought",
          "pushing",
          "pushed",
          "taking",
          "took",
          "now");

  /** Words between {@code toll} and the number that keep the figure a toll. */
  static final Set<String> TOLL_LINK =
      Set.of(
          "has",
          "had",
          "was",
          "is",
          "been",
          "now",
          "officially",
          "later",
          "since",
          "stood",
          "stands",
          "reached",
          "hit",
          "climbed",
          "rose",
          "risen",
          "rises",
          "jumped",
          "increased",
          "lowered",
          "revised",
          "dropped",
          "fell",
          "fallen",
          "reduced",
          "updated",
          "down",
          "up",
          "to",
          "at",
          "of",
          "from");

  /** Adverbs between the auxiliary and the participle: {@code were also wounded}. */
  static final Set<String> ADVERBS =
      Set.of(
          "also",
          "reportedly",
          "allegedly",
          "seriously",
          "critically",
          "badly",
          "slightly",
          "fatally",
          "mortally",
          "severely",
          "lightly",
          "gravely",
          "later",
          "subsequently",
          "initially",
          "all",
          "both",
          "then",
          "reported",
          "confirmed",
          "believed",
          "feared",
          "thought",
          "said",
          "to",
          "have",
          "been",
          "being");

  /** Joins two harms in one total: {@code killing and injuring}, {@code dead or wounded}. */
  static Harm join(Harm first, Harm second) {
    return first == second ? first : CASUALTIES;
  }
}
