package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.model.ActorType;
import org.incidex.model.LinkBasis;
import org.incidex.text.Sentence;

/**
 * A country named where a state acts, not where something happens: after words of enmity, alliance
 * or agency ({@code at war with Israel}, {@code backed by Iran}, {@code killed by Pakistan}), or
 * before a verb of state action ({@code Uganda deployed}, {@code Turkey has trained}). There it is
 * the state, an actor; elsewhere ({@code fighting in Syria}) it stays a place. Spans are document
 * offsets; the canonical name is the country's common English name.
 */
final class CountryActors {
  /** A run of up to four capitalised words, perhaps after "the". */
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "\\b(?:the\\s+)?\\p{Lu}[\\p{L}.]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.]+){0,3}(?![\\p{L}-])");

  /** Words before a country that make it a party. */
  private static final Pattern PARTY_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:against|war\\s+(?:with|on)|wars\\s+with|clashes\\s+with|conflict\\s+with"
              + "|fire\\s+with|fighting|battling|fought|backed\\s+by|supported\\s+by|funded\\s+by"
              + "|financed\\s+by|armed\\s+by|sponsored\\s+by|allied\\s+with|alliance\\s+with|ally\\s+of"
              + "|(?:killed|arrested|detained|captured|assassinated|executed)\\s+by"
              + "|(?:retribution|revenge|retaliation)\\s+(?:for|against|on)|hostility\\s+to"
              + "|opposition\\s+to|enemy\\s+of|rival\\s+of)\\s+$");

  /** Verbs after a country that make it an actor. */
  private static final Pattern ACTS_AFTER =
      Pattern.compile(
          "^\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+|later\\s+)?(?:launched|carried\\s+out|conducted"
              + "|arrested|detained|killed|struck|bombed|attacked|deployed|sent|accused|vowed|warned"
              + "|threatened|backs|backed|supports|supported|arms|armed|trains|trained|funds|funded"
              + "|declared|designated|invaded|retaliated|captured|executed|assassinated)\\b");

  private final Nationalities nationalities;

  CountryActors(Nationalities nationalities) {
    this.nationalities = nationalities;
  }

  List<ActorMention> find(Sentence sentence) {
    String text = sentence.text();
    List<ActorMention> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String phrase = m.group();
      Optional<String> iso2 = nationalities.countryOfName(phrase);
      if (iso2.isEmpty() || text.startsWith("'s", m.end()) || text.startsWith("’s", m.end())) {
        continue;
      }
      String before = text.substring(0, m.start());
      String after = text.substring(m.end());
      if (PARTY_BEFORE.matcher(before).find() || ACTS_AFTER.matcher(after).find()) {
        out.add(
            new ActorMention(
                sentence.toDocument(m.start(), m.end()),
                phrase,
                Optional.of(nationalities.nameOf(iso2.get())),
                ActorType.ORGANIZATION,
                ActorClass.STATE,
                false,
                LinkBasis.NATIONALITY));
      }
    }
    return out;
  }
}
