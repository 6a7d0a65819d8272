package org.incidex.mention.victim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Finds victims: people a sentence makes the patient of an act that harms people ({@link
 * RoleContext}: {@code guerrillas killed a peasant}, {@code the murder of jesuit priest ignacio
 * ellacuria}, {@code the mayor was kidnapped}). Where the phrase holds a person's name, the mention
 * is the name without titles ({@code ignacio ellacuria}); otherwise the phrase ({@code a peasant}).
 * Spans are document offsets.
 */
public final class VictimExtractor implements MentionExtractor {

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Phrase p : NounPhrases.all(sentence)) {
      Optional<RoleContext.Cue> cue = RoleContext.of(p);
      if (cue.isEmpty()
          || cue.get().side() != RoleContext.Side.PATIENT
          || cue.get().act().harm() == Acts.Harm.PROPERTY) {
        continue;
      }
      Optional<Phrase> name = personName(p);
      if (name.isPresent()) {
        out.add(mention(name.get(), cue.get().rule()));
      } else if (isPerson(p)) {
        out.add(mention(p, cue.get().rule()));
      }
    }
    return List.copyOf(out);
  }

  /** The last run of PERSON tokens in the phrase, without titles. */
  static Optional<Phrase> personName(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int last = -1;
    for (int i = p.last(); i >= p.first(); i--) {
      if (t.get(i).ner().equals("PERSON")) {
        last = i;
        break;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    int first = last;
    while (first > p.first()
        && t.get(first - 1).ner().equals("PERSON")
        && !VictimWords.TITLES.contains(Words.lower(t.get(first - 1)))) {
      first--;
    }
    while (first < last && VictimWords.TITLES.contains(Words.lower(t.get(first)))) {
      first++;
    }
    return Optional.of(new Phrase(p.sentence(), first, last, last));
  }

  private static boolean isPerson(Phrase p) {
    return VictimWords.PEOPLE.contains(p.headLemma())
        || VictimWords.PEOPLE.contains(Words.lower(p.headToken()));
  }

  private static RoleMention mention(Phrase p, String cue) {
    return new RoleMention(p.span(), Role.VICTIM, p.text(), p.headLemma(), cue);
  }
}
