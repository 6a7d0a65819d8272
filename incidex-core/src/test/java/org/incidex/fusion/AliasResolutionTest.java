package org.incidex.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.fusion.ActorFixtures.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.incidex.model.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether two names end up as one actor: each row gives one or more documents (hand-tagged
 * sentences, {@link ActorFixtures}), optional analyst decisions, two names, and whether they must
 * be one actor ({@code SAME}) or must not ({@code APART}; a name that is no actor's is apart).
 * Documents are resolved one by one, then merged across documents as the combined view does.
 */
class AliasResolutionTest {
  private static final boolean SAME = true;
  private static final boolean APART = false;
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "lexicon acronym",
            SAME,
            "ISIS–K",
            "ISKP",
            docs(d(s("ISIS–K struck.")), d(s("ISKP struck.")))),
        row(
            "any dash",
            SAME,
            "ISIS-K",
            "IS–KP",
            docs(d(s("ISIS-K struck.")), d(s("IS–KP struck.")))),
        row(
            "acronyms the text gives in brackets",
            SAME,
            "Islamic State – Khorasan Province",
            "IS–KP",
            docs(
                d(
                    s(
                        "Attackers tied to Islamic State – Khorasan Province (IS–KP or ISIS-K)"
                            + " fired.")))),
        row(
            "a description that names the group",
            SAME,
            "the IS branch in Afghanistan",
            "ISIS–K",
            docs(d(s("The IS branch in Afghanistan was weakened."), s("ISIS–K recovered.")))),
        row("case only", SAME, "Jnim", "JNIM", docs(d(s("JNIM struck.")), d(s("Jnim struck.")))),
        row(
            "spacing of al",
            SAME,
            "al Qaeda",
            "al-Qaeda",
            docs(d(s("Al Qaeda grew.")), d(s("The al-Qaeda network grew.")))),
        row(
            "dots of U.S.",
            SAME,
            "US",
            "U.S.",
            docs(d(s("The US condemned it.")), d(s("The U.S. condemned it.")))),
        row(
            "a surname in the same document",
            SAME,
            "al-Baghdadi",
            "Abu Bakr al-Baghdadi",
            docs(
                d(
                    s("Abu Bakr al-Baghdadi rose.", "PERSON:Abu Bakr al-Baghdadi"),
                    s("Later al-Baghdadi spoke.", "PERSON:al-Baghdadi")))),
        row(
            "a lone surname in another document, one full name",
            SAME,
            "Baghdadi",
            "Abu Bakr al-Baghdadi",
            docs(
                d(s("Abu Bakr al-Baghdadi rose.", "PERSON:Abu Bakr al-Baghdadi")),
                d(s("Baghdadi spoke.", "PERSON:Baghdadi")))),
        row(
            "a transliteration with a spaced article",
            SAME,
            "Al Baghdadi",
            "Abu Bakr al-Baghdadi",
            docs(
                d(
                    s("Abu Bakr al-Baghdadi rose.", "PERSON:Abu Bakr al-Baghdadi"),
                    s("Then Al Baghdadi spoke.", "PERSON:Al Baghdadi")))),
        row(
            "a surname the recogniser missed",
            SAME,
            "al-Shishani",
            "Abu Omar al-Shishani",
            docs(
                d(
                    s("Abu Omar al-Shishani was in Raqqa.", "PERSON:Abu Omar al-Shishani"),
                    s("In 2014, al-Shishani appointed a representative.")))),
        row(
            "a state by nationality and by name",
            SAME,
            "Kenyan authorities",
            "Kenya",
            docs(
                d(s("Kenyan authorities arrested dozens.")),
                d(s("Al-Shabaab is at war with Kenya.")))),
        row(
            "a name the text introduces with also known as",
            SAME,
            "NMF",
            "Northern Mujahideen Front",
            docs(
                d(
                    s(
                        "The Northern Mujahideen Front, also known as the NMF, formed in 2019.",
                        "ORGANIZATION:Northern Mujahideen Front"),
                    s("The NMF attacked a convoy.")))),
        row(
            "an organisation's name without its generic tail",
            SAME,
            "Amaq",
            "Amaq News Agency",
            docs(
                d(
                    s(
                        "The claim came through the Hadid News Agency.",
                        "ORGANIZATION:Hadid News Agency"),
                    s("Amaq News Agency published it.", "ORGANIZATION:Amaq News Agency"),
                    s("Amaq also published a video.", "PERSON:Amaq")))),
        row(
            "a person's popular name",
            SAME,
            "Isack Rino",
            "Isack Mohamed Ali",
            docs(
                d(
                    s(
                        "A bomb killed Isack Mohamed Ali, popularly known as Isack Rino, on Monday.",
                        "PERSON:Isack Mohamed Ali",
                        "PERSON:Isack Rino")))),
        row(
            "a surname after the full name",
            SAME,
            "Rage",
            "Ali Mohamoud Rage",
            docs(
                d(
                    s("Al-Shabaab spokesman Ali Mohamoud Rage spoke.", "PERSON:Ali Mohamoud Rage"),
                    s("Rage said the bombers were young.")))),
        row(
            "a translated name",
            SAME,
            "Kurdistan Freedom Falcons",
            "TAK",
            docs(d(s("The Kurdistan Freedom Falcons claimed it.")), d(s("TAK claimed it.")))),
        row(
            "a national name for a group",
            SAME,
            "Pakistani Taliban",
            "Tehrik-i-Taliban Pakistan",
            docs(
                d(s("The Pakistani Taliban claimed it.")),
                d(s("Tehrik-i-Taliban Pakistan denied it.")))),
        row(
            "a spelling variant",
            SAME,
            "Hizbollah",
            "Hezbollah",
            docs(d(s("Hizbollah fired rockets.")), d(s("Hezbollah fired rockets.")))),
        row(
            "an analyst's merge",
            SAME,
            "Northern Front",
            "Front of the North",
            docs(
                d(s("The Northern Front attacked.", "ORGANIZATION:Northern Front")),
                d(s("The Front of the North attacked.", "ORGANIZATION:Front of the North"))),
            ActorDecision.merge("Northern Front", "Front of the North", "ana", T)),
        row(
            "not: a group and its province",
            APART,
            "Islamic State",
            "Islamic State – Khorasan Province",
            docs(
                d(s("The Islamic State claimed it.")),
                d(s("Islamic State – Khorasan Province (ISIS-K) claimed it.")))),
        row(
            "not: the Taliban and the Pakistani Taliban",
            APART,
            "Taliban",
            "Tehrik-i-Taliban Pakistan",
            docs(d(s("The Taliban and the Pakistani Taliban are allies.")))),
        row(
            "not: al-Qaeda and al-Qaeda in Iraq",
            APART,
            "al-Qaeda",
            "al-Qaeda in Iraq",
            docs(d(s("Al-Qaeda in Iraq swore loyalty to al-Qaeda.")))),
        row(
            "not: a group and its namesake abroad",
            APART,
            "al-Nusra Front",
            "al-Nusra Front in Lebanon",
            docs(d(s("The al-Nusra Front in Lebanon claimed ties to the al-Nusra Front.")))),
        row(
            "not: a surname two full names share",
            APART,
            "Gilani",
            "Ali Haider Gilani",
            docs(
                d(
                    s("Ali Haider Gilani was kidnapped.", "PERSON:Ali Haider Gilani"),
                    s("His father is Yousuf Raza Gilani.", "PERSON:Yousuf Raza Gilani")),
                d(s("Gilani spoke on Monday.", "PERSON:Gilani")))),
        row(
            "not: a family name that contains a group's name",
            APART,
            "Abdul Malik al-Houthi",
            "Houthis",
            docs(d(s("Abdul Malik al-Houthi leads the Houthis.", "PERSON:Abdul Malik al-Houthi")))),
        row(
            "not: an analyst's split",
            APART,
            "IS-K",
            "ISIS–K",
            docs(d(s("IS-K struck.")), d(s("ISIS–K struck."))),
            ActorDecision.split("ISIS–K", "IS-K", "ana", T)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resolvesNames(
      String label, boolean same, String a, String b, List<String[][]> docs, ActorDecision[] ds) {
    List<Actor> perDocument = new ArrayList<>();
    int n = 0;
    for (String[][] doc : docs) {
      perDocument.addAll(ActorFixtures.actorsOf("doc" + n++, doc));
    }
    List<Actor> actors = new ActorResolver().merge(perDocument, List.of(ds)).actors();
    OptionalInt ia = ActorDecisions.find(actors, a);
    OptionalInt ib = ActorDecisions.find(actors, b);
    boolean together = ia.isPresent() && ib.isPresent() && ia.getAsInt() == ib.getAsInt();
    assertThat(together)
        .as("%s / %s in %s", a, b, actors.stream().map(Actor::names).toList())
        .isEqualTo(same);
  }

  /** Words that look like names but are no actor's: no actor mention may have them as text. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("notActors")
  void isNoActor(String label, String text, String[] sentence) {
    List<String> written =
        ActorFixtures.resolved("doc", sentence).stream()
            .flatMap(sm -> sm.all(org.incidex.mention.ActorMention.class).stream())
            .map(org.incidex.mention.ActorMention::text)
            .toList();
    assertThat(written).doesNotContain(text);
  }

  static Stream<Arguments> notActors() {
    return Stream.of(
        Arguments.of(
            "an Islamic state in lower case",
            "Islamic state",
            s("They want a fundamentalist Islamic state.")),
        Arguments.of("the verb is", "is", s("The group is active.")),
        Arguments.of("the word let", "Let", s("Let us be clear about Lashkar-e-Taiba.")),
        Arguments.of(
            "generic fighters",
            "Mujahedeen",
            s("He handed members of the Mujahedeen over.", "ORGANIZATION:Mujahedeen")),
        Arguments.of(
            "a campaign named like a person",
            "Linda Nchi",
            s("It followed Operation Linda Nchi in 2011.", "PERSON:Linda Nchi")),
        Arguments.of(
            "a country where something happens",
            "Syria",
            s("Fighters travelled to fight in Syria.")));
  }

  private static Arguments row(
      String label, boolean same, String a, String b, List<String[][]> docs, ActorDecision... ds) {
    return Arguments.of(label, same, a, b, docs, ds);
  }

  private static List<String[][]> docs(String[][]... docs) {
    return List.of(docs);
  }

  private static String[][] d(String[]... sentences) {
    return sentences;
  }
}
