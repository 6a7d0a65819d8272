package org.incidex.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.model.Incident;
import org.incidex.testing.PlainPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which date of a sentence is the day of its event, in a report dated Wednesday 2023-06-14. */
class EventDatesTest {
  private static PlainPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new PlainPipeline();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On Monday, gunmen killed 12 villagers in Kano, police said.                                  | 2023-06-12
          Gunmen killed 12 villagers in Kano on Monday evening, residents said.                        | 2023-06-12
          On Tuesday, a local official told reporters that gunmen had killed 12 villagers in Kano.     | -
          The next day, the chairman told Reuters that 12 villagers had been killed in Kano.          | -
          The governor, who visited Kano on Tuesday, condemned the bombing that killed 12 villagers.   | -
          Gunmen killed 12 villagers in Kano, police said on Tuesday.                                  | -
          Gunmen killed 12 villagers in Kano, the group said in a statement carried on Tuesday.        | -
          Gunmen killed 12 villagers in Kano, according to a communique released on Tuesday.           | -
          """)
  void theDayOfTheEventIsNotTheDayItWasToldOrAVisit(String sentence, String expected) {
    List<Incident> found = pipeline.run("date 2023-06-14\n\n" + sentence + "\n").incidents();
    assertThat(found).as(sentence).hasSize(1);
    String date = found.get(0).date().flatMap(d -> d.value().start().iso()).orElse("-");
    assertThat(date).as(sentence).isEqualTo(expected);
  }
}
