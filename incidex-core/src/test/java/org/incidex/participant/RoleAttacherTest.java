package org.incidex.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidex.mention.RoleMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Location;
import org.incidex.model.Role;
import org.incidex.model.RoleFiller;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;

class RoleAttacherTest {
  private final RoleAttacher attacher = new RoleAttacher();

  private final Sentence sentence =
      PlainAnalyzer.of("Urban terrorists placed a car bomb at the bank and kidnapped the manager.");

  private Incident incident(String id, String typeWord, IncidentType type) {
    int at = sentence.text().indexOf(typeWord);
    SentenceRef ref = new SentenceRef("test", sentence.span(), sentence.text());
    return new Incident(
        id,
        Kind.ATTACK,
        new Sourced<>(type, new Evidence("test", new Span(at, at + typeWord.length()))),
        Optional.empty(),
        Location.UNKNOWN,
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(ref),
        List.of());
  }

  private RoleMention role(Role role, String text) {
    int at = sentence.text().indexOf(text);
    return new RoleMention(new Span(at, at + text.length()), role, text, text, "test");
  }

  @Test
  void anIncidentTakesTheRoleMentionsOfItsSentence() {
    SentenceMentions sm =
        new SentenceMentions(
            sentence,
            List.of(role(Role.PERPETRATOR, "Urban terrorists"), role(Role.WEAPON, "car bomb")));
    List<Incident> out =
        attacher.attach(List.of(incident("a", "placed", IncidentType.BOMBING)), List.of(sm));
    assertThat(out.get(0).roles())
        .extracting(Sourced::value)
        .containsExactly(
            new RoleFiller(Role.PERPETRATOR, "Urban terrorists"),
            new RoleFiller(Role.WEAPON, "car bomb"));
    assertThat(out.get(0).roles().get(1).from().span().of(sentence.text())).isEqualTo("car bomb");
  }

  @Test
  void aSharedSentenceGivesEachMentionToTheNearestIncident() {
    SentenceMentions sm =
        new SentenceMentions(
            sentence, List.of(role(Role.WEAPON, "car bomb"), role(Role.VICTIM, "manager")));
    List<Incident> out =
        attacher.attach(
            List.of(
                incident("bombing", "placed", IncidentType.BOMBING),
                incident("kidnapping", "kidnapped", IncidentType.KIDNAPPING)),
            List.of(sm));
    assertThat(out.get(0).roles()).extracting(r -> r.value().text()).containsExactly("car bomb");
    assertThat(out.get(1).roles()).extracting(r -> r.value().text()).containsExactly("manager");
  }

  @Test
  void noIncidentsNoRoles() {
    assertThat(attacher.attach(List.of(), List.of(new SentenceMentions(sentence, List.of()))))
        .isEmpty();
  }
}
