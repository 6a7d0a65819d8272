package org.incidex.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.incidex.model.Count;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Qualifier;
import org.incidex.model.Sourced;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.testing.PlainPipeline;
import org.incidex.text.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One incident per real event: within a document, and across documents. */
class FusionTest {
  private static PlainPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new PlainPipeline();
  }

  private static String iso(Incident i) {
    return i.date().flatMap(d -> d.value().start().iso()).orElse("-");
  }

  @Test
  void twoKermanSentencesFarApartFuseIntoOneIncident() {
    ExtractionResult r =
        pipeline.run(
            "In January 2024, two attackers carried out twin suicide bombings in Kerman, Iran,"
                + " killing 94.\nThe group's leaders were killed years before.\nThe group was"
                + " founded in 2015.\nIts third external operation was a twin bombing on 3 January"
                + " 2024 against a gathering at a grave in Kerman, Iran.\n");
    assertThat(r.incidents()).hasSize(1);
    Incident kerman = r.incidents().get(0);
    assertThat(kerman.mentions()).hasSize(2);
    assertThat(iso(kerman)).as("the more precise date wins").isEqualTo("2024-01-03");
    assertThat(kerman.killed().map(Sourced::value)).contains(Count.exact(94));
    assertThat(kerman.suicide()).isPresent();
    assertThat(kerman.location().country()).contains("IR");
  }

  @Test
  void eventsOfDifferentDatesStaySeparate() {
    ExtractionResult r =
        pipeline.run(
            "On 3 March 2023, a car bomb exploded in Kabul, killing 12 people.\n"
                + "On 9 May 2023, a car bomb exploded in Kabul, killing 7 people.\n");
    assertThat(r.incidents()).hasSize(2);
  }

  @Test
  void aReferenceJoinsTheEventToldBefore() {
    ExtractionResult r =
        pipeline.run(
            "On 3 March 2023, a suicide bomber struck a market in Kabul.\n"
                + "At least 12 people were killed and 30 others injured, officials said.\n"
                + "The Taliban claimed responsibility for the attack.\n");
    assertThat(r.incidents()).hasSize(1);
    Incident i = r.incidents().get(0);
    assertThat(i.mentions()).hasSize(3);
    assertThat(i.killed().map(Sourced::value)).contains(new Count(12, Qualifier.AT_LEAST));
    assertThat(i.perpetrators()).extracting(Sourced::value).containsExactly("Taliban");
  }

  @Test
  void bothKillingsJoinTheLastTwoEvents() {
    ExtractionResult r =
        pipeline.run(
            "On 21 April 2014 in Mogadishu, a hidden bomb exploded in a car, killing a lawmaker.\n"
                + "On 22 April 2014, gunmen shot and killed another lawmaker in Kismayo.\n"
                + "Al-Shabaab claimed responsibility for both killings.\n");
    assertThat(r.incidents()).hasSize(2);
    assertThat(r.incidents())
        .allSatisfy(
            i -> assertThat(i.perpetrators()).extracting(Sourced::value).contains("al-Shabaab"));
  }

  @Test
  void aJointTollOfTwoPlacesBelongsToNeither() {
    ExtractionResult r =
        pipeline.run(
            "On 12 May 2020, a hospital's maternity ward in Kabul and a funeral in Kuz Kunar were"
                + " attacked, resulting in the deaths of 56 people and injuries of 148 others.\n");
    assertThat(r.incidents()).hasSize(2);
    assertThat(r.incidents()).allSatisfy(i -> assertThat(i.killed()).isEmpty());
    assertThat(r.incidents())
        .extracting(i -> i.location().place().orElse("-"))
        .containsExactlyInAnyOrder("Kabul", "Kuz Kunar");
  }

  @Test
  void aRisingTollKeepsTheLatestFigure() {
    ExtractionResult r =
        pipeline.run(
            "On 5 June 2022, a car bomb exploded outside a hotel in Mogadishu, killing six people.\n"
                + "The death toll from the bombing rose to nine after three wounded died in"
                + " hospital.\n");
    assertThat(r.incidents()).hasSize(1);
    assertThat(r.incidents().get(0).killed().map(Sourced::value)).contains(Count.exact(9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a later telling of the toll | The next day, a local official told Reuters that 37 people had been killed and at least 14 wounded. | 1
          a later event               | The next day, gunmen stormed a village near Mogadishu, killing four people.                        | 2
          """)
  void theNextDayIsAnotherEventOnlyWhenSomethingHappened(String name, String second, int count) {
    ExtractionResult r =
        pipeline.run(
            "On 5 June 2022, gunmen stormed a farming village near Mogadishu, killing villagers.\n"
                + second
                + "\n");
    assertThat(r.incidents()).as(name).hasSize(count);
  }

  @Test
  void anOperationThatKilledAndThenArrestedIsOneOtherOperation() {
    ExtractionResult r =
        pipeline.run(
            "On 5 June 2022, police killed three suspected militants in a shootout near Garissa.\n"
                + "A fourth suspect was arrested and two rifles were recovered.\n");
    assertThat(r.incidents()).hasSize(1);
    assertThat(r.incidents().get(0).typeValue()).isEqualTo(IncidentType.OTHER_OPERATION);
  }

  @Test
  void theSameEventInTwoDocumentsIsOneIncident() {
    Document seed =
        Document.of(
            "a",
            "On 26 August 2021, a suicide bomber attacked Hamid Karzai International"
                + " Airport in Kabul, killing over 170 people.\n");
    Document article =
        Document.of(
            "b",
            "A suicide bombing took place at Hamid Karzai International Airport in"
                + " Kabul, Afghanistan, on 26 August 2021. At least 182 people were killed.\n");
    ExtractionResult r = pipeline.run(seed, article);
    assertThat(r.incidents()).hasSize(1);
    assertThat(r.incidents().get(0).mentions()).extracting(m -> m.docId()).contains("a", "b");
    assertThat(r.incidents().get(0).typeValue()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void aSecurityOperationIsNotFusedWithTheAttackItFollows() {
    ExtractionResult r =
        pipeline.run(
            "On 21 September 2013, gunmen attacked the Westgate shopping mall in Nairobi, Kenya.\n"
                + "Kenyan authorities arrested dozens of people in the aftermath of the attack.\n");
    assertThat(r.incidents())
        .extracting(i -> i.kind().name())
        .containsExactlyInAnyOrder("ATTACK", "SECURITY_OPERATION");
    Incident arrest =
        r.incidents().stream()
            .filter(i -> i.typeValue() == IncidentType.ARREST)
            .findFirst()
            .orElseThrow();
    assertThat(arrest.perpetrators()).extracting(Sourced::value).containsExactly("Kenya");
  }

  @Test
  void noDocumentsGiveNoIncidents() {
    assertThat(pipeline.run(new Document[0]).incidents()).isEmpty();
  }

  @Test
  void aDocumentWithoutEventsGivesNoIncidents() {
    ExtractionResult r = pipeline.run("The group was founded in 2015 in the mountains.\n");
    assertThat(r.incidents()).isEmpty();
    assertThat(Optional.of(r.documents().get(0).document().published())).isPresent();
    assertThat(LocalDate.of(2015, 1, 1)).isNotNull();
  }
}
