package org.incidex.mention.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidex.mention.CasualtyMention;
import org.incidex.model.Qualifier;
import org.incidex.text.PlainAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierCuesTest {
  private final CasualtyExtractor extractor = new CasualtyExtractor();

  private CasualtyMention only(String text) {
    var mentions = extractor.extract(PlainAnalyzer.of(text), null);
    assertThat(mentions).as(text).hasSize(1);
    return (CasualtyMention) mentions.get(0);
  }

  /** One row per cue of {@link QualifierCues#CUES}, plus no cue at all. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'at least 12 killed', 12, AT_LEAST",
    "'At least 182 people were killed', 182, AT_LEAST",
    "'no fewer than 8 killed', 8, AT_LEAST",
    "'no less than 8 killed', 8, AT_LEAST",
    "'not less than 8 killed', 8, AT_LEAST",
    "'a minimum of 8 killed', 8, AT_LEAST",
    "'between 20 and 30 killed', 20, AT_LEAST",
    "'over 170 dead', 170, OVER",
    "'more than 551 concertgoers injured', 551, OVER",
    "'More then 300 people have been killed', 300, OVER",
    "'upwards of 40 killed', 40, OVER",
    "'in excess of 40 killed', 40, OVER",
    "'about 30 killed', 30, ABOUT",
    "'around 30 killed', 30, ABOUT",
    "'nearly 30 killed', 30, ABOUT",
    "'some 200 people were injured', 200, ABOUT",
    "'Approximately 200 people were wounded', 200, ABOUT",
    "'roughly 30 killed', 30, ABOUT",
    "'almost 30 killed', 30, ABOUT",
    "'an estimated 300 killed', 300, ABOUT",
    "'estimated 300 killed', 300, ABOUT",
    "'close to 300 killed', 300, ABOUT",
    "'up to 25 injured', 25, UP_TO",
    "'as many as 150 people were killed', 150, UP_TO",
    "'at most 25 injured', 25, UP_TO",
    "'no more than 25 injured', 25, UP_TO",
    "'fewer than 10 killed', 10, UP_TO",
    "'less than 10 killed', 10, UP_TO",
    "'killing 94', 94, EXACT",
    "'20 to 30 killed', 20, AT_LEAST"
  })
  void readsCountAndQualifier(String text, int value, Qualifier qualifier) {
    CasualtyMention m = only(text);
    assertThat(m.count().value()).isEqualTo(value);
    assertThat(m.count().qualifier()).isEqualTo(qualifier);
  }

  @Test
  void everyCueHasARowAbove() {
    assertThat(QualifierCues.CUES).hasSize(27);
  }

  @Test
  void cueIsPartOfTheSpanButNotOfTheNumber() {
    String text = "killing more than 30 others";
    CasualtyMention m = only(text);
    assertThat(m.span().of(text)).isEqualTo("killing more than 30 others");
    assertThat(m.numberSpan().of(text)).isEqualTo("30");
  }

  @Test
  void betweenWithoutARangeIsNoCue() {
    assertThat(only("fighting between 20 soldiers were killed").count().qualifier())
        .isEqualTo(Qualifier.EXACT);
  }
}
