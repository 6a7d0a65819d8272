package org.incidex.mention.perpetrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Finds individual perpetrators: people described by what they are ({@code urban terrorists},
 * {@code heavily armed men}, {@code members of the armed forces}) rather than named as a group.
 * Words that always name perpetrators ({@link PerpetratorWords#ALWAYS}) count in any sentence that
 * tells of an act; other people count only as the agent of one ({@link RoleContext}: {@code
 * kidnapped by unidentified individuals}, {@code soldiers who killed}). Spans are document offsets.
 */
public final class PerpetratorExtractor implements MentionExtractor {

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody() || !tellsOfAnAct(sentence)) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Phrase p : NounPhrases.all(sentence)) {
      Phrase full = NounPhrases.withComplement(p, PerpetratorWords.WITH_COMPLEMENT);
      cue(full)
          .ifPresent(
              cue ->
                  out.add(
                      new RoleMention(
                          full.span(), Role.PERPETRATOR, full.text(), p.headLemma(), cue)));
    }
    return List.copyOf(out);
  }

  private static Optional<String> cue(Phrase p) {
    String head = p.headLemma();
    String word = Words.lower(p.headToken());
    boolean always =
        PerpetratorWords.ALWAYS.contains(head) || PerpetratorWords.ALWAYS.contains(word);
    boolean agentWord =
        always
            || PerpetratorWords.AS_AGENT.contains(head)
            || PerpetratorWords.AS_AGENT.contains(word);
    if (!agentWord || p.headToken().isEntity() && !always) {
      return Optional.empty();
    }
    Optional<RoleContext.Cue> role = RoleContext.of(p);
    if (role.isPresent()) {
      return role.get().side() == RoleContext.Side.AGENT
          ? Optional.of(role.get().rule())
          : Optional.empty();
    }
    return always ? Optional.of("perpetrator word") : Optional.empty();
  }

  private static boolean tellsOfAnAct(Sentence s) {
    for (Token t : s.tokens()) {
      if (Acts.any(t.word().toLowerCase(Locale.ROOT)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
