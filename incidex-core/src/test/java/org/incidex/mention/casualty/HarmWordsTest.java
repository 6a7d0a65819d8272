package org.incidex.mention.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.Mention;
import org.incidex.model.Harm;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every word of every harm table, in the place the table is for, gives its harm. */
class HarmWordsTest {
  private final CasualtyExtractor extractor = new CasualtyExtractor();

  static Stream<Arguments> rows() {
    return Stream.of(
            rows(HarmWords.ACTIVE, "the bomb %s 14 people"),
            rows(HarmWords.PASSIVE, "14 people were %s"),
            rows(HarmWords.DIED, "14 people %s"),
            rows(HarmWords.AFTER_NUMBER, "officials reported 14 %s"),
            rows(HarmWords.NOUN_OF, "it caused the %s of 14 people"),
            rows(HarmWords.TOLL_KIND, "the %s toll stood at 14"))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> rows(Map<String, Harm> table, String frame) {
    return table.entrySet().stream()
        .map(e -> Arguments.of(String.format(frame, e.getKey()), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachTableWordGivesItsHarm(String text, Harm harm) {
    List<Mention> mentions = extractor.extract(PlainAnalyzer.of(text), null);
    assertThat(mentions).as(text).hasSize(1);
    CasualtyMention m = (CasualtyMention) mentions.get(0);
    assertThat(m.harm()).isEqualTo(harm);
    assertThat(m.count().value()).isEqualTo(14);
  }

  /** A change word between {@code toll} and the number, or before {@code the death toll}. */
  static Stream<Arguments> changes() {
    return HarmWords.TOLL_CHANGE.stream()
        .map(
            w ->
                Arguments.of(
                    HarmWords.TOLL_LINK.contains(w)
                        ? "the death toll " + w + " to 14"
                        : w + " the death toll to 14"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void aRevisedTollIsAnUpdate(String text) {
    List<Mention> mentions = extractor.extract(PlainAnalyzer.of(text), null);
    assertThat(mentions).as(text).hasSize(1);
    assertThat(((CasualtyMention) mentions.get(0)).update()).isTrue();
  }
}
