package org.incidex.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.fusion.ActorFixtures.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.model.Actor;
import org.incidex.model.LinkBasis;
import org.incidex.model.NameLink;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.pipeline.Combiner;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Document;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Analysts' decisions applied when documents are combined: they hold on every re-combine, for
 * documents added later, in order (a later split undoes an earlier merge), and are carried in the
 * view for exports; names that would join two actors are reported, not merged.
 */
class ActorDecisionsTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
  private final Combiner combiner = new Combiner();

  private static DocumentResult doc(String id, String name, String relatedTo) {
    List<Actor> actors =
        ActorFixtures.actorsOf(
            id,
            s(
                "The " + name + " fought the " + relatedTo + ".",
                "ORGANIZATION:" + name,
                "ORGANIZATION:" + relatedTo));
    SentenceRef ref = new SentenceRef(id, new Span(0, 10), "The " + name);
    Relation r =
        new Relation(
            name,
            Predicate.OPPOSED_TO,
            relatedTo,
            Optional.empty(),
            Optional.empty(),
            List.of(ref));
    return new DocumentResult(
        Document.of(id, "The " + name + " fought the " + relatedTo + "."),
        List.of(),
        List.of(),
        List.of(),
        actors,
        List.of(r),
        List.of());
  }

  private static List<String> names(ExtractionResult view) {
    return view.actors().stream().map(a -> a.name() + " " + a.aliases()).toList();
  }

  @Test
  void aMergeRenamesTheMergedActorInRelations() {
    List<DocumentResult> docs =
        List.of(
            doc("a", "Northern Front", "Southern Army"),
            doc("b", "Front of the North", "Southern Army"));
    ActorDecision merge = ActorDecision.merge("Northern Front", "Front of the North", "ana", T);
    ExtractionResult view = combiner.combine(docs, List.of(merge));
    assertThat(names(view)).contains("Northern Front [Front of the North]");
    assertThat(view.relations()).extracting(Relation::subject).containsOnly("Northern Front");
    assertThat(view.decisions()).containsExactly(merge);
  }

  @Test
  void aMergeSurvivesARecombineAndDocumentsAddedLater() {
    ActorDecision merge = ActorDecision.merge("Northern Front", "Front of the North", "ana", T);
    List<DocumentResult> docs = new ArrayList<>();
    docs.add(doc("a", "Northern Front", "Southern Army"));
    docs.add(doc("b", "Front of the North", "Southern Army"));
    ExtractionResult first = combiner.combine(docs, List.of(merge));
    ExtractionResult again = combiner.combine(docs, List.of(merge));
    assertThat(names(again)).isEqualTo(names(first));
    docs.add(doc("c", "Front of the North", "Eastern Militia"));
    ExtractionResult later = combiner.combine(docs, List.of(merge));
    assertThat(names(later)).contains("Northern Front [Front of the North]");
    assertThat(names(later)).noneMatch(n -> n.startsWith("Front of the North"));
  }

  @Test
  void aDecisionForAnActorNotYetSeenWaitsForIt() {
    ActorDecision merge = ActorDecision.merge("Northern Front", "Front of the North", "ana", T);
    ExtractionResult before =
        combiner.combine(List.of(doc("a", "Northern Front", "Southern Army")), List.of(merge));
    assertThat(before.problems()).isEmpty();
    ExtractionResult after =
        combiner.combine(
            List.of(
                doc("a", "Northern Front", "Southern Army"),
                doc("b", "Front of the North", "Southern Army")),
            List.of(merge));
    assertThat(names(after)).contains("Northern Front [Front of the North]");
  }

  @Test
  void aLaterSplitUndoesAnEarlierMerge() {
    List<DocumentResult> docs =
        List.of(
            doc("a", "Northern Front", "Southern Army"),
            doc("b", "Front of the North", "Southern Army"));
    ExtractionResult view =
        combiner.combine(
            docs,
            List.of(
                ActorDecision.merge("Northern Front", "Front of the North", "ana", T),
                ActorDecision.split("Northern Front", "Front of the North", "bo", T)));
    assertThat(names(view)).contains("Northern Front []", "Front of the North []");
  }

  @Test
  void aSplitTakesALexiconAliasOutOfTheActor() {
    List<Actor> actors =
        new ArrayList<>(ActorFixtures.actorsOf("a", s("ISIS-K struck."), s("ISKP struck.")));
    Merged split =
        new ActorResolver().merge(actors, List.of(ActorDecision.split("ISKP", "ISIS-K", "ana", T)));
    assertThat(split.actors())
        .extracting(Actor::name)
        .contains("Islamic State – Khorasan Province", "ISIS-K");
    Actor alone =
        split.actors().stream().filter(a -> a.name().equals("ISIS-K")).findFirst().orElseThrow();
    assertThat(alone.links()).extracting(NameLink::basis).containsExactly(LinkBasis.ANALYST);
  }

  @Test
  void splittingAnActorsOwnNameIsAProblemNotAnError() {
    List<Actor> actors = ActorFixtures.actorsOf("a", s("ISKP struck."));
    Merged m =
        new ActorResolver()
            .merge(
                actors,
                List.of(
                    ActorDecision.split("ISKP", "Islamic State – Khorasan Province", "ana", T)));
    assertThat(m.problems()).singleElement().asString().contains("own name");
  }

  @Test
  void aNameSharedWithTwoActorsJoinsNeitherSilently() {
    Actor isis =
        new Actor(
            "Islamic State",
            org.incidex.model.ActorType.ORGANIZATION,
            true,
            List.of("IS"),
            List.of());
    Actor iskp =
        new Actor(
            "Islamic State – Khorasan Province",
            org.incidex.model.ActorType.ORGANIZATION,
            true,
            List.of("ISKP"),
            List.of());
    Actor confused =
        new Actor(
            "Khorasan group",
            org.incidex.model.ActorType.ORGANIZATION,
            true,
            List.of("IS", "ISKP"),
            List.of());
    Merged m = new ActorResolver().merge(List.of(isis, iskp, confused), List.of());
    assertThat(m.actors()).hasSize(2);
    assertThat(m.problems()).singleElement().asString().contains("shares").contains("left with");
    Actor first = m.actors().get(0);
    assertThat(first.aliases()).doesNotContain("ISKP");
  }

  @Test
  void everyNameSaysWhyItBelongs() {
    List<Actor> a =
        ActorFixtures.actorsOf(
            "a",
            s(
                "Attackers tied to Islamic State – Khorasan Province (IS–KP) fired.",
                "ORGANIZATION:Islamic State – Khorasan Province"),
            s("ISIS-K claimed it."));
    List<Actor> b =
        ActorFixtures.actorsOf(
            "b",
            s("Abu Bakr al-Baghdadi rose.", "PERSON:Abu Bakr al-Baghdadi"),
            s("Later al-Baghdadi spoke.", "PERSON:al-Baghdadi"));
    List<Actor> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(ActorFixtures.actorsOf("c", s("ISKP claimed it.")));
    List<Actor> merged = new ActorResolver().merge(all);
    Actor iskp = merged.get(0);
    assertThat(iskp.links())
        .extracting(l -> l.name() + " " + l.basis())
        .contains("IS–KP LEXICON", "ISIS-K LEXICON", "ISKP LEXICON");
    Actor baghdadi =
        merged.stream().filter(x -> x.name().equals("Abu Bakr al-Baghdadi")).findFirst().get();
    assertThat(baghdadi.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.basis()).isEqualTo(LinkBasis.SHORT_NAME);
              assertThat(l.evidence())
                  .hasValueSatisfying(e -> assertThat(e.docId()).isEqualTo("b"));
              assertThat(l.explain()).contains("short for Abu Bakr al-Baghdadi");
            });
  }

  @Test
  void noActorsNoDecisionsGiveNothing() {
    Merged m = new ActorResolver().merge(List.of(), List.of());
    assertThat(m.actors()).isEmpty();
    assertThat(m.problems()).isEmpty();
    assertThat(combiner.combine(List.of(), List.of()).actors()).isEmpty();
  }
}
