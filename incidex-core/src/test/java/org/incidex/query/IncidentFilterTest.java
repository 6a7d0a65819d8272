package org.incidex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidex.export.SpecNames;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.When;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.store.TextMatches;
import org.incidex.store.TextQuery;
import org.incidex.testing.TestResults;
import org.incidex.testing.TestResults.IncidentBuilder;
import org.incidex.text.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentFilterTest {
  private static final String ISKP = "Islamic State – Khorasan Province";
  private static final String TEXT =
      "A suicide bomber struck Kabul airport on 26 August 2021. A US drone strike hit Kabul in"
          + " August 2021. Gunmen attacked a prison in Jalalabad in 2020. ISIS–K bombed a memorial"
          + " in Kerman on 3 January 2024. al-Shabaab bombed a hotel.";
  private static final Document DOC = Document.of("d", TEXT);
  private static final Document OTHER = Document.of("other", "Nothing happened in Herat.");

  private static final ExtractionResult VIEW = view();

  private static ExtractionResult view() {
    List<Incident> incidents =
        List.of(
            new IncidentBuilder(DOC)
                .sentence("A suicide bomber", "2021.")
                .id("kabul-bombing")
                .type(IncidentType.BOMBING, "suicide bomber")
                .date(When.at(DateValue.day(2021, 8, 26)), "26 August 2021")
                .place("Kabul", null, "AF", 34.5553, 69.2075)
                .perpetrator(ISKP, "suicide bomber")
                .build(),
            new IncidentBuilder(DOC)
                .sentence("A US drone", "August 2021.")
                .id("kabul-airstrike")
                .type(IncidentType.AIRSTRIKE, "drone strike")
                .date(When.at(DateValue.month(2021, 8)), "August 2021")
                .place("Kabul", null, "AF", 34.52, 69.18)
                .perpetrator("United States", "US")
                .build(),
            new IncidentBuilder(DOC)
                .sentence("Gunmen", "2020.")
                .id("jalalabad-assault")
                .type(IncidentType.ARMED_ASSAULT, "attacked")
                .date(When.at(DateValue.year(2020)), "2020")
                .place("Jalalabad", null, "AF", 34.4415, 70.4361)
                .perpetrator(ISKP, "Gunmen")
                .build(),
            new IncidentBuilder(DOC)
                .sentence("ISIS–K bombed", "2024.")
                .id("kerman-bombing")
                .type(IncidentType.BOMBING, "bombed a memorial")
                .date(When.at(DateValue.day(2024, 1, 3)), "3 January 2024")
                .place("Kerman", null, "IR", 30.2833, 57.0833)
                .perpetrator(ISKP, "ISIS–K")
                .build(),
            new IncidentBuilder(DOC)
                .sentence("al-Shabaab bombed", "hotel.")
                .id("undated-bombing")
                .type(IncidentType.BOMBING, "bombed a hotel")
                .perpetrator("al-Shabaab", "al-Shabaab")
                .build());
    List<Actor> actors =
        List.of(
            new Actor(ISKP, ActorType.ORGANIZATION, true, List.of("ISIS–K", "ISKP"), List.of()),
            new Actor("United States", ActorType.ORGANIZATION, false, List.of("US"), List.of()),
            new Actor("al-Shabaab", ActorType.ORGANIZATION, true, List.of(), List.of()),
            new Actor("Taliban", ActorType.ORGANIZATION, true, List.of(), List.of()));
    List<Relation> relations =
        List.of(
            new Relation(
                "Taliban",
                Predicate.OPPOSED_TO,
                ISKP,
                Optional.empty(),
                Optional.empty(),
                List.of(TestResults.sentence(DOC, "ISIS–K bombed", "2024."))),
            new Relation(
                "Taliban",
                Predicate.OPPOSED_TO,
                "Haqqani network",
                Optional.empty(),
                Optional.empty(),
                List.of(TestResults.sentence(OTHER, "Nothing", "Herat."))));
    return new ExtractionResult(
        List.of(TestResults.empty("d", TEXT), TestResults.empty("other", OTHER.text())),
        incidents,
        actors,
        relations,
        List.of());
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  private static IncidentQuery query(
      String group,
      String country,
      String since,
      String until,
      String type,
      String kind,
      String near) {
    return new IncidentQuery(
        given(group),
        given(country),
        given(since).map(PartialDates::parse),
        given(until).map(PartialDates::parse),
        given(type).map(t -> SpecNames.parse(IncidentType.class, t)),
        given(kind).map(k -> SpecNames.parse(Kind.class, k)),
        given(near)
            .map(n -> n.split(" "))
            .map(n -> new Near(GeoPoint.parse(n[0]).orElseThrow(), Near.parseRadiusKm(n[1]))),
        Optional.empty());
  }

  private static final IncidentFilter FILTER =
      new IncidentFilter(
          q -> {
            throw new AssertionError("no text criterion, so no search");
          });

  @ParameterizedTest(name = "[{index}] {7}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          -                      | -  | -          | -          | -             | -                  | -                   | kabul-bombing kabul-airstrike jalalabad-assault kerman-bombing undated-bombing
          ISIS-K                 | -  | -          | -          | -             | -                  | -                   | kabul-bombing jalalabad-assault kerman-bombing
          iskp                   | -  | -          | -          | -             | -                  | -                   | kabul-bombing jalalabad-assault kerman-bombing
          Islamic State Khorasan Province | - | -   | -          | -             | -                  | -                   | kabul-bombing jalalabad-assault kerman-bombing
          Al Shabaab             | -  | -          | -          | -             | -                  | -                   | undated-bombing
          US                     | -  | -          | -          | -             | -                  | -                   | kabul-airstrike
          Taliban                | -  | -          | -          | -             | -                  | -                   | ''
          Boko Haram             | -  | -          | -          | -             | -                  | -                   | ''
          -                      | af | -          | -          | -             | -                  | -                   | kabul-bombing kabul-airstrike jalalabad-assault
          -                      | IR | -          | -          | -             | -                  | -                   | kerman-bombing
          -                      | -  | 2021       | -          | -             | -                  | -                   | kabul-bombing kabul-airstrike kerman-bombing
          -                      | -  | 2021-08-26 | -          | -             | -                  | -                   | kabul-bombing kabul-airstrike kerman-bombing
          -                      | -  | 2021-08-27 | -          | -             | -                  | -                   | kabul-airstrike kerman-bombing
          -                      | -  | 2021-09    | -          | -             | -                  | -                   | kerman-bombing
          -                      | -  | -          | 2020-06    | -             | -                  | -                   | jalalabad-assault
          -                      | -  | -          | 2021-08-25 | -             | -                  | -                   | kabul-airstrike jalalabad-assault
          -                      | AF | 2020-01    | 2021-12    | -             | -                  | -                   | kabul-bombing kabul-airstrike jalalabad-assault
          -                      | -  | 2022       | 2023       | -             | -                  | -                   | ''
          -                      | -  | -          | -          | bombing       | -                  | -                   | kabul-bombing kerman-bombing undated-bombing
          -                      | -  | -          | -          | -             | security_operation | -                   | kabul-airstrike
          -                      | -  | -          | -          | -             | attack             | -                   | kabul-bombing jalalabad-assault kerman-bombing undated-bombing
          -                      | -  | -          | -          | -             | -                  | 34.53,69.17 50km    | kabul-bombing kabul-airstrike
          -                      | -  | -          | -          | -             | -                  | 34.53,69.17 2km     | kabul-airstrike
          -                      | -  | -          | -          | -             | -                  | 34.53,69.17 200km   | kabul-bombing kabul-airstrike jalalabad-assault
          ISKP                   | AF | 2020       | 2021       | bombing       | attack             | 34.53,69.17 50km    | kabul-bombing
          """)
  void keepsTheIncidentsThatMeetEveryCriterion(
      String group,
      String country,
      String since,
      String until,
      String type,
      String kind,
      String near,
      String expected) {
    IncidentQuery q = query(group, country, since, until, type, kind, near);

    List<String> ids = FILTER.filter(VIEW, q).incidents().stream().map(Incident::id).toList();

    assertThat(ids)
        .containsExactlyElementsOf(
            expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
  }

  @Test
  void theViewIsNarrowedToWhatTheIncidentsCite() {
    ExtractionResult narrowed =
        FILTER.filter(VIEW, query("ISKP", null, null, null, null, null, null));

    assertThat(narrowed.actors()).extracting(Actor::name).containsExactly(ISKP);
    assertThat(narrowed.relations()).extracting(Relation::object).containsExactly(ISKP);
    assertThat(narrowed.documents()).extracting(d -> d.document().id()).containsExactly("d");
  }

  @Test
  void anEmptyViewStaysEmpty() {
    ExtractionResult empty =
        new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of());

    assertThat(FILTER.filter(empty, IncidentQuery.ALL)).isEqualTo(empty);
  }

  @Test
  void textKeepsIncidentsWithAMatchingSentence() {
    Incident airstrike = VIEW.incidents().get(1);
    Evidence sentence = new Evidence("d", airstrike.mentions().get(0).span());
    IncidentFilter filter =
        new IncidentFilter(q -> new TextMatches(List.of("d"), Set.of(sentence)));
    IncidentQuery q =
        new IncidentQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(TextQuery.parse("drone")));

    assertThat(filter.filter(VIEW, q).incidents()).containsExactly(airstrike);
  }

  @Test
  void untilBeforeSinceIsRefused() {
    assertThatThrownBy(() -> query(null, null, "2022", "2021-12", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--until 2021-12 is before --since 2022; nothing can match");
  }

  @Test
  void aTypeOfAnotherKindIsRefused() {
    assertThatThrownBy(() -> query(null, null, null, null, "bombing", "security_operation", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type bombing is never of kind security_operation; nothing can match");
  }

  @Test
  void unusedDocumentsAreLeftOut() {
    DocumentResult other = VIEW.documents().get(1);
    ExtractionResult narrowed =
        FILTER.filter(VIEW, query(null, "IR", null, null, null, null, null));

    assertThat(narrowed.documents()).doesNotContain(other);
  }
}
