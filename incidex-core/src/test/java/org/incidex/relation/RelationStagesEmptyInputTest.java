package org.incidex.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each relation stage given nothing returns nothing. */
class RelationStagesEmptyInputTest {
  @Test
  void noSentencesStateNoRelations() {
    assertThat(new PatternRelationExtractor().extract(List.of(), List.of())).isEmpty();
    assertThat(VictimRule.apply(List.of(), List.of())).isEmpty();
    assertThat(Successions.apply(List.of(), List.of())).isEmpty();
  }

  @Test
  void aSentenceWithoutActorsStatesNoRelations() {
    assertThat(Tagged.relations("Nothing happened on Tuesday.")).isEmpty();
    assertThat(Tagged.relations("")).isEmpty();
  }

  @Test
  void aTextWithoutAsidesHasNone() {
    assertThat(Asides.find("")).isEmpty();
    assertThat(Asides.find("ISIS claimed it.")).isEmpty();
  }
}
