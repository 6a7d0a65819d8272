package org.incidex.mention.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.incidex.mention.ActorClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lexicon knows the main police, army and intelligence forces of countries with active
 * conflicts and the well-known armed groups, each under one canonical name.
 */
class ActorLexiconTest {
  private final ActorLexicon lexicon = ActorLexicon.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Philippine National Police        | Philippine National Police      | STATE
          PNP                               | Philippine National Police      | STATE
          Armed Forces of the Philippines   | Armed Forces of the Philippines | STATE
          Philippine military               | Armed Forces of the Philippines | STATE
          Nigerian army                     | Nigerian Army                   | STATE
          Nigerian military                 | Nigerian Armed Forces           | STATE
          Civilian Joint Task Force         | Civilian Joint Task Force       | STATE
          Nigeria Police Force              | Nigeria Police Force            | STATE
          Kenya Police Service              | Kenya Police Service            | STATE
          Rwanda Defence Force              | Rwanda Defence Force            | STATE
          Rwandan troops                    | Rwanda Defence Force            | STATE
          Central Reserve Police Force      | Central Reserve Police Force    | STATE
          Counter Terrorism Department      | Counter Terrorism Department    | STATE
          FARDC                             | Democratic Republic of the Congo Armed Forces | STATE
          Colombian police                  | Colombian National Police       | STATE
          Hizbul Ahrar                      | Hizbul Ahrar                    | ARMED_GROUP
          Jaysh Ayman                       | Jaysh Ayman                     | ARMED_GROUP
          Abu Sayyaf Group                  | Abu Sayyaf                      | ARMED_GROUP
          Moro National Liberation Front    | Moro National Liberation Front  | ARMED_GROUP
          Islamic State East Asia Province  | Islamic State – East Asia Province | ARMED_GROUP
          Jamaat-ul-Ahrar                   | Jamaat-ul-Ahrar                 | ARMED_GROUP
          """)
  void namesResolveToTheirCanonicalActor(String name, String canonical, ActorClass actorClass) {
    assertThat(lexicon.lookup(name))
        .hasValueSatisfying(
            e -> {
              assertThat(e.canonical()).isEqualTo(canonical);
              assertThat(e.actorClass()).isEqualTo(actorClass);
            });
  }

  @Test
  void noNameBelongsToTwoActors() {
    Map<String, String> owner = new HashMap<>();
    for (LexiconEntry e : lexicon.entries()) {
      for (String n : e.aliases()) {
        String previous = owner.putIfAbsent(ActorLexicon.key(n), e.canonical());
        assertThat(previous == null || previous.equals(e.canonical()))
            .as("%s is a name of %s and of %s", n, previous, e.canonical())
            .isTrue();
      }
      String previous = owner.putIfAbsent(ActorLexicon.key(e.canonical()), e.canonical());
      assertThat(previous == null || previous.equals(e.canonical()))
          .as("%s is a name of %s too", e.canonical(), previous)
          .isTrue();
    }
  }
}
