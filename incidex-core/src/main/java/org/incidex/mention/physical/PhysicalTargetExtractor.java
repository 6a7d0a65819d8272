package org.incidex.mention.physical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.RoleMention;
import org.incidex.mention.phrase.Acts;
import org.incidex.mention.phrase.NounPhrases;
import org.incidex.mention.phrase.Phrase;
import org.incidex.mention.phrase.RoleContext;
import org.incidex.mention.phrase.Words;
import org.incidex.model.Role;
import org.incidex.text.Sentence;
import org.incidex.text.Token;

/**
 * Finds physical targets: buildings, vehicles and installations ({@link PhysicalTargetWords}) that
 * a sentence makes the patient of an act that damages things ({@link RoleContext}: {@code burned a
 * tank truck}, {@code the bridge was dynamited}, {@code an attack on the embassy}), or the site of
 * a blast ({@code a bomb exploded at the las canas bridge}). The phrase keeps an {@code of}
 * complement that says whose ({@code offices of the telecommunications enterprise}). Spans are
 * document offsets.
 */
public final class PhysicalTargetExtractor implements MentionExtractor {
  /** Prepositions that put the site of a blast after them. */
  private static final Set<String> AT_SITE = Set.of("at", "outside", "inside", "front", "against");

  /** How many tokens before the preposition a blast word may be. */
  private static final int SITE_WINDOW = 8;

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Phrase p : NounPhrases.all(sentence)) {
      if (!PhysicalTargetWords.HEADS.contains(p.headLemma())) {
        continue;
      }
      Phrase full = NounPhrases.withComplement(p, PhysicalTargetWords.HEADS);
      Optional<String> cue =
          RoleContext.of(full)
              .filter(c -> c.side() == RoleContext.Side.PATIENT)
              .filter(c -> c.act().harm() != Acts.Harm.PERSON)
              .map(RoleContext.Cue::rule)
              .or(() -> siteOfBlast(p));
      if (cue.isPresent()) {
        out.add(
            new RoleMention(
                full.span(), Role.PHYSICAL_TARGET, full.text(), p.headLemma(), cue.get()));
      }
    }
    return List.copyOf(out);
  }

  /** {@code a bomb exploded at / outside / in front of the bank}. */
  private static Optional<String> siteOfBlast(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int prep = p.first() - 1;
    while (prep >= 0 && Words.isDeterminer(t.get(prep))) {
      prep--;
    }
    if (prep >= 0 && Words.lower(t.get(prep)).equals("of") && prep >= 1) {
      prep--; // "in front of"
    }
    if (prep < 0 || !AT_SITE.contains(Words.lower(t.get(prep)))) {
      return Optional.empty();
    }
    for (int i = prep - 1; i >= Math.max(0, prep - SITE_WINDOW); i--) {
      Optional<Acts.Act> act = Acts.any(Words.lower(t.get(i)));
      if (act.isPresent() && act.get().name().equals("bomb")) {
        return Optional.of("site of blast");
      }
      if (WEAPONS_THAT_BLAST.contains(Words.lower(t.get(i)))) {
        return Optional.of("site of blast");
      }
    }
    return Optional.empty();
  }

  private static final Set<String> WEAPONS_THAT_BLAST =
      Set.of("bomb", "bombs", "exploded", "explode", "detonated", "placed", "planted", "dynamite");
}
