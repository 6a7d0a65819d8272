package org.incidex.mention.weapon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.RoleMention;
import org.incidex.mention.phrase.NounPhrases;
import org.incidex.mention.phrase.Phrase;
import org.incidex.mention.phrase.Words;
import org.incidex.model.Role;
import org.incidex.text.Sentence;
import org.incidex.text.Token;

/**
 * Finds weapons: noun phrases whose head is a weapon ({@link WeaponWords}), with their modifiers
 * ({@code powerful car bomb}, {@code m-16 rifles}), a qualified head ({@code dynamite charge},
 * {@code explosive device}), or a measure of one ({@code sticks of dynamite}). A weapon is a weapon
 * wherever it is written; which act it served is for framing to decide. Reads the sentence's tokens
 * and tags; spans are document offsets.
 */
public final class WeaponExtractor implements MentionExtractor {

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Phrase p : NounPhrases.all(sentence)) {
      weapon(p).ifPresent(w -> out.add(mention(w, "weapon")));
    }
    return List.copyOf(out);
  }

  private static Optional<Phrase> weapon(Phrase p) {
    if (isWeapon(p, p.head())) {
      return Optional.of(withMeasure(p));
    }
    // "bomb attack", "dynamite explosion": the weapon is the modifier
    if (WeaponWords.ACTS_WITH.contains(p.headLemma())) {
      for (int k = p.head() - 1; k >= p.first(); k--) {
        if (isWeapon(p, k)) {
          return Optional.of(new Phrase(p.sentence(), p.first(), k, k));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code k} of the phrase heads a weapon, qualified where needed. */
  private static boolean isWeapon(Phrase p, int k) {
    Token t = p.sentence().tokens().get(k);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    String word = Words.lower(t);
    if (WeaponWords.HEADS.contains(lemma) || WeaponWords.HEADS.contains(word)) {
      return true;
    }
    return WeaponWords.NEEDS_QUALIFIER.contains(lemma)
        && p.sentence().tokens().subList(p.first(), k).stream()
            .anyMatch(m -> WeaponWords.QUALIFIERS.contains(Words.lower(m)));
  }

  /** {@code sticks of dynamite}: the measure and {@code of} join the weapon phrase. */
  private static Phrase withMeasure(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int of = p.first() - 1;
    if (of >= 1
        && Words.lower(t.get(of)).equals("of")
        && WeaponWords.MEASURES.contains(Words.lower(t.get(of - 1)))) {
      Phrase measure = NounPhrases.around(p.sentence(), of - 1);
      return new Phrase(p.sentence(), measure.first(), p.last(), p.head());
    }
    return p;
  }

  private static RoleMention mention(Phrase p, String cue) {
    return new RoleMention(p.span(), Role.WEAPON, p.text(), p.headLemma(), cue);
  }
}
