package org.incidex.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Location;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;

/** Profiles gather an actor's facts by role, leaders by tenure, and its incidents with totals. */
class ActorProfilesTest {
  private static final String ISKP = "Islamic State – Khorasan Province";
  private static final SentenceRef REF = new SentenceRef("seed", new Span(0, 5), "Text.");
  private static final Evidence EV = new Evidence("seed", new Span(0, 5));

  private static Relation rel(String s, Predicate p, String o, Optional<When> date, String role) {
    return new Relation(s, p, o, date, Optional.ofNullable(role), List.of(REF));
  }

  private static Incident incident(String id, Optional<DateValue> date, Integer killed) {
    return new Incident(
        id,
        Kind.ATTACK,
        new Sourced<>(IncidentType.BOMBING, EV),
        date.map(d -> new Sourced<>(When.at(d), EV)),
        Location.UNKNOWN,
        Optional.empty(),
        List.of(new Sourced<>(ISKP, EV)),
        List.of(),
        List.of(),
        Optional.ofNullable(killed).map(k -> new Sourced<>(Count.exact(k), EV)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(REF),
        List.of());
  }

  private static ExtractionResult view() {
    Actor iskp =
        new Actor(ISKP, ActorType.ORGANIZATION, true, List.of("ISIS–K", "ISKP"), List.of(EV));
    Actor is = new Actor("Islamic State", ActorType.ORGANIZATION, true, List.of("IS"), List.of());
    Actor mohsin = new Actor("Sheikh Mohsin", ActorType.PERSON, false, List.of(), List.of());
    Actor hasib = new Actor("Sheikh Abdul Hasib", ActorType.PERSON, false, List.of(), List.of());
    List<Relation> relations =
        List.of(
            rel(ISKP, Predicate.BRANCH_OF, "Islamic State", Optional.empty(), null),
            rel("Sheikh Mohsin", Predicate.LEADER_OF, ISKP, Optional.empty(), "emir of Kunar"),
            rel(
                "Sheikh Abdul Hasib",
                Predicate.LEADER_OF,
                ISKP,
                Optional.of(When.at(DateValue.year(2016))),
                "leader"),
            rel(ISKP, Predicate.FUNDED_BY, "local taxation", Optional.empty(), null),
            rel(ISKP, Predicate.OPPOSED_TO, "Taliban", Optional.empty(), null));
    List<Incident> incidents =
        List.of(
            incident("kerman", Optional.of(DateValue.day(2024, 1, 3)), 94),
            incident("kabul", Optional.of(DateValue.day(2021, 8, 26)), 170),
            incident("takhar", Optional.empty(), null));
    return new ExtractionResult(
        List.of(), incidents, List.of(iskp, is, mohsin, hasib), relations, List.of());
  }

  @Test
  void anyNameFindsTheActor() {
    ActorProfiles p = new ActorProfiles(view());
    assertThat(p.find("isis-k")).map(Actor::name).contains(ISKP);
    assertThat(p.find("ISIS–K")).map(Actor::name).contains(ISKP);
    assertThat(p.find("islamic state – khorasan province")).map(Actor::name).contains(ISKP);
    assertThat(p.find("IS")).map(Actor::name).contains("Islamic State");
    assertThat(p.find("Hezbollah")).isEmpty();
    assertThat(p.near("Sheikh", 5)).extracting(Actor::name).contains("Sheikh Mohsin");
  }

  @Test
  void aProfileSortsFactsByRole() {
    ActorProfile profile = new ActorProfiles(view()).profile("ISKP").orElseThrow();
    assertThat(profile.parents()).extracting(Relation::object).containsExactly("Islamic State");
    assertThat(profile.leaders())
        .extracting(Relation::subject)
        .containsExactly("Sheikh Abdul Hasib", "Sheikh Mohsin");
    assertThat(profile.funding()).extracting(Relation::object).containsExactly("local taxation");
    assertThat(profile.other()).extracting(Relation::object).containsExactly("Taliban");
  }

  @Test
  void incidentsAreCountedWithDeathsAndDates() {
    IncidentRecord r = new ActorProfiles(view()).profile("ISKP").orElseThrow().incidents();
    assertThat(r.count()).isEqualTo(3);
    assertThat(r.killed()).isEqualTo(264);
    assertThat(r.undated()).isEqualTo(1);
    assertThat(r.first()).contains(DateValue.day(2021, 8, 26));
    assertThat(r.last()).contains(DateValue.day(2024, 1, 3));
  }

  @Test
  void aPersonsProfileListsItsPosts() {
    ActorProfile p = new ActorProfiles(view()).profile("Sheikh Mohsin").orElseThrow();
    assertThat(p.posts()).extracting(r -> r.role().orElse("")).containsExactly("emir of Kunar");
  }

  @Test
  void theListPutsTheMostActiveFirst() {
    List<ActorSummary> list = new ActorProfiles(view()).summaries();
    assertThat(list.get(0).actor().name()).isEqualTo(ISKP);
    assertThat(list.get(0).incidents().count()).isEqualTo(3);
    assertThat(list.get(0).relations()).isEqualTo(5);
  }

  @Test
  void anEmptyViewHasNoActors() {
    ActorProfiles p =
        new ActorProfiles(
            new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(p.summaries()).isEmpty();
    assertThat(p.profile("ISKP")).isEmpty();
  }
}
