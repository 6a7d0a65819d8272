package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incidex.mention.EventMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.mention.Strength;
import org.incidex.model.IncidentType;
import org.incidex.pipeline.DocumentResult;
import org.incidex.testing.Tagged;
import org.incidex.text.Document;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;

class TemplateAssemblerTest {
  private final TemplateAssembler assembler = new TemplateAssembler();

  private final Sentence bombing = Tagged.of("a/DT bomb/NN exploded/VBD at/IN the/DT bank/NN");
  private final Sentence kidnapping = Tagged.of("rebels/NNS kidnapped/VBD the/DT mayor/NN");

  private DocumentResult result() {
    return new DocumentResult(
        Document.of("test", bombing.text()),
        List.of(
            new SentenceMentions(
                bombing, List.of(event(bombing, "exploded", IncidentType.BOMBING))),
            new SentenceMentions(
                kidnapping, List.of(event(kidnapping, "kidnapped", IncidentType.KIDNAPPING)))),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static EventMention event(Sentence s, String word, IncidentType type) {
    var token = s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
    return new EventMention(token.span(), type, word, Strength.STRONG, false, false, false);
  }

  private static Outlook outlook(double relevance, double attack, double bombing, double kidnap) {
    return new Outlook(relevance, new double[] {attack, bombing, kidnap, 0, 0, 0});
  }

  private Map<Slot, List<Entity>> entities() {
    Map<Slot, List<Entity>> e = new EnumMap<>(Slot.class);
    for (Slot s : Slot.values()) {
      e.put(s, List.of());
    }
    e.put(
        Slot.TARGET,
        List.of(Fixtures.entity(Slot.TARGET, Fixtures.candidate(bombing, 0, "bank"), 0.9)));
    e.put(
        Slot.VICTIM,
        List.of(Fixtures.entity(Slot.VICTIM, Fixtures.candidate(kidnapping, 1, "mayor"), 0.9)));
    return e;
  }

  @Test
  void oneLikelyTypeMakesOneTemplateWithEveryEntity() {
    List<Template> t = assembler.assemble(result(), entities(), outlook(0.9, 0.1, 0.9, 0.1));
    assertThat(t)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.type()).isEqualTo(Muc4Type.BOMBING);
              assertThat(x.fillers(Slot.TARGET)).containsExactly(Filler.of("bank"));
              assertThat(x.fillers(Slot.VICTIM)).containsExactly(Filler.of("mayor"));
            });
  }

  @Test
  void twoLikelyTypesTakeTheEntitiesToldNearestTheirWords() {
    List<Template> t = assembler.assemble(result(), entities(), outlook(0.9, 0.1, 0.9, 0.8));
    assertThat(t).extracting(Template::type).containsExactly(Muc4Type.BOMBING, Muc4Type.KIDNAPPING);
    assertThat(t.get(0).fillers(Slot.TARGET)).containsExactly(Filler.of("bank"));
    assertThat(t.get(0).fillers(Slot.VICTIM)).isEmpty();
    assertThat(t.get(1).fillers(Slot.VICTIM)).containsExactly(Filler.of("mayor"));
  }

  @Test
  void noEntityInAnUnlikelyDocumentMakesNoTemplate() {
    Map<Slot, List<Entity>> none = new EnumMap<>(Slot.class);
    for (Slot s : Slot.values()) {
      none.put(s, List.of());
    }
    assertThat(assembler.assemble(result(), none, outlook(0.2, 0.9, 0, 0))).isEmpty();
    assertThat(assembler.assemble(result(), none, outlook(0.9, 0.9, 0, 0)))
        .singleElement()
        .extracting(Template::type)
        .isEqualTo(Muc4Type.ATTACK);
  }
}
