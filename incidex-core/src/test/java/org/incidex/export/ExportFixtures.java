package org.incidex.export;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.incidex.model.Precision;
import org.incidex.model.Predicate;
import org.incidex.model.Qualifier;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;
import org.incidex.model.WherePrecision;
import org.incidex.pipeline.DocumentResult;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Document;
import org.incidex.text.Span;

/**
 * Extraction results built by hand (no NLP), from a short document in the style of the seed: two
 * attacks with coordinates, a security operation without, a suspected attack dated "early 2014"
 * with only a joint casualty total, four actors and three relations.
 */
final class ExportFixtures {
  private ExportFixtures() {}

  static final String DOC_ID = "seed-excerpt";
  static final String ISKP = "Islamic State – Khorasan Province";

  static final String KERMAN_1 =
      "In January 2024, two ISIS–K attackers carried out twin suicide bombings in Kerman, Iran,"
          + " during a procession mourning the US assassination of Quds Force leader Qasem"
          + " Soleimani, killing 94.";
  static final String KABUL =
      "On 26 August 2021, an ISIS–K suicide bomber attacked crowds at Kabul's airport, killing"
          + " over 170 people, including 13 U.S. military personnel.";
  static final String ARREST =
      "In June 2024, US officials arrested eight Tajik men in Los Angeles, New York, and"
          + " Philadelphia, who were reportedly involved in an ISIS–K plot.";
  static final String KERMAN_2 =
      "ISIS–K's third external operation was a twin bombing on 3 January 2024 at Qasem"
          + " Soleimani's grave in Kerman, Iran.";
  static final String NANGARHAR =
      "In early 2014, a bombing at a mosque in Nangarhar Province, Afghanistan, that officials"
          + " blamed on the Taliban killed and injured at least 40 \"worshippers\".";
  static final String LEADER =
      "Shahab al-Muhajir has led ISIS–K as its emir since June 2020, and the group funds itself"
          + " through local taxation.";
  static final String RIVALS = "ISIS–K is opposed to the Taliban.";

  static final Document DOCUMENT =
      new Document(
          DOC_ID,
          String.join("\n", KERMAN_1, KABUL, ARREST, KERMAN_2, NANGARHAR, LEADER, RIVALS) + "\n",
          "A seed-like excerpt",
          "hand-written for tests",
          Optional.of(LocalDate.of(2024, 7, 1)));

  /** The fixture every format's golden file is written from. */
  static ExtractionResult seedLike() {
    List<Incident> incidents =
        List.of(
            attack("kerman-2024-01-03-bombing", IncidentType.BOMBING)
                .date(DateValue.day(2024, 1, 3), "3 January 2024")
                .location(
                    new Location(
                        Optional.of("Kerman"),
                        Optional.of("Kerman Province"),
                        Optional.of("IR"),
                        Optional.of(30.283333),
                        Optional.of(57.078791),
                        Optional.of("geonames:128234"),
                        Optional.of(WherePrecision.TOWN)),
                    "Kerman, Iran")
                .perpetrator(ISKP, "ISIS–K attackers")
                .target(Target.PRIVATE_CITIZENS, "procession")
                .killed(Count.exact(94), "killing 94")
                .suicide(true, "suicide bombings")
                .mention(KERMAN_1)
                .mention(KERMAN_2)
                .build(),
            attack("kabul-2021-08-26-bombing", IncidentType.BOMBING)
                .date(DateValue.day(2021, 8, 26), "26 August 2021")
                .location(
                    new Location(
                        Optional.of("Kabul airport"),
                        Optional.of("Kabul"),
                        Optional.of("AF"),
                        Optional.of(34.5658),
                        Optional.of(69.2124),
                        Optional.empty(),
                        Optional.of(WherePrecision.SITE)),
                    "Kabul's airport")
                .perpetrator(ISKP, "ISIS–K suicide bomber")
                .target(Target.MILITARY, "U.S. military personnel")
                .target(Target.PRIVATE_CITIZENS, "crowds")
                .killed(new Count(170, Qualifier.OVER), "killing over 170 people")
                .suicide(true, "suicide bomber")
                .mention(KABUL)
                .build(),
            operation("united-states-2024-06-arrest", IncidentType.ARREST)
                .date(DateValue.month(2024, 6), "June 2024")
                .location(
                    new Location(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("US"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(WherePrecision.COUNTRY)),
                    "Los Angeles, New York, and Philadelphia")
                .perpetrator("United States", "US officials")
                .target(Target.NON_STATE_MILITIA, "eight Tajik men")
                .mention(ARREST)
                .build(),
            attack("nangarhar-2014-bombing", IncidentType.BOMBING)
                .date(
                    new DateValue(
                        LocalDate.of(2014, 1, 1),
                        LocalDate.of(2014, 4, 30),
                        Precision.PART_OF_YEAR),
                    "early 2014")
                .location(
                    new Location(
                        Optional.empty(),
                        Optional.of("Nangarhar Province"),
                        Optional.of("AF"),
                        Optional.of(34.3),
                        Optional.of(70.5),
                        Optional.empty(),
                        Optional.of(WherePrecision.PROVINCE)),
                    "Nangarhar Province, Afghanistan")
                .suspect("Taliban", "blamed on the Taliban")
                .target(Target.RELIGIOUS, "a mosque")
                .casualties(new Count(40, Qualifier.AT_LEAST), "killed and injured at least 40")
                .mention(NANGARHAR)
                .build());
    List<Actor> actors =
        List.of(
            new Actor(
                ISKP,
                ActorType.ORGANIZATION,
                true,
                List.of("ISIS–K", "ISKP", "IS-K"),
                List.of(evidence("ISIS–K attackers"))),
            new Actor(
                "Shahab al-Muhajir",
                ActorType.PERSON,
                false,
                List.of(),
                List.of(evidence("Shahab al-Muhajir"))),
            new Actor(
                "Taliban", ActorType.ORGANIZATION, true, List.of(), List.of(evidence("Taliban"))),
            new Actor(
                "United States",
                ActorType.ORGANIZATION,
                false,
                List.of("US"),
                List.of(evidence("US officials"))));
    List<Relation> relations =
        List.of(
            new Relation(
                "Shahab al-Muhajir",
                Predicate.LEADER_OF,
                ISKP,
                Optional.of(When.at(DateValue.month(2020, 6))),
                Optional.of("emir"),
                List.of(sentence(LEADER))),
            new Relation(
                "ISIS–K",
                Predicate.FUNDED_BY,
                "local taxation",
                Optional.empty(),
                Optional.empty(),
                List.of(sentence(LEADER))),
            new Relation(
                ISKP,
                Predicate.OPPOSED_TO,
                "Taliban",
                Optional.empty(),
                Optional.empty(),
                List.of(sentence(RIVALS))));
    return result(incidents, actors, relations);
  }

  static ExtractionResult empty() {
    return new ExtractionResult(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static ExtractionResult result(
      List<Incident> incidents, List<Actor> actors, List<Relation> relations) {
    DocumentResult d =
        new DocumentResult(DOCUMENT, List.of(), List.of(), incidents, actors, relations, List.of());
    return new ExtractionResult(List.of(d), incidents, actors, relations, List.of());
  }

  static ExtractionResult incidents(Incident... incidents) {
    return result(List.of(incidents), List.of(), List.of());
  }

  /** The first occurrence of {@code phrase} in the document: a bug in the fixture if missing. */
  static Evidence evidence(String phrase) {
    int start = DOCUMENT.text().indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("not in the fixture document: " + phrase);
    }
    return new Evidence(DOC_ID, new Span(start, start + phrase.length()));
  }

  static SentenceRef sentence(String sentence) {
    Evidence e = evidence(sentence);
    return new SentenceRef(DOC_ID, e.span(), sentence);
  }

  static Draft attack(String id, IncidentType type) {
    return new Draft(id, Kind.ATTACK, type);
  }

  static Draft operation(String id, IncidentType type) {
    return new Draft(id, Kind.SECURITY_OPERATION, type);
  }

  /** A fluent way to write an incident in a test; every value's evidence is a phrase. */
  static final class Draft {
    private final String id;
    private final Kind kind;
    private final IncidentType type;
    private Optional<Sourced<When>> date = Optional.empty();
    private Location location = Location.UNKNOWN;
    private Optional<Evidence> locationEvidence = Optional.empty();
    private final List<Sourced<String>> perpetrators = new ArrayList<>();
    private final List<Sourced<String>> suspected = new ArrayList<>();
    private final List<Sourced<Target>> targets = new ArrayList<>();
    private Optional<Sourced<Count>> killed = Optional.empty();
    private Optional<Sourced<Count>> wounded = Optional.empty();
    private Optional<Sourced<Count>> casualties = Optional.empty();
    private Optional<Sourced<Boolean>> suicide = Optional.empty();
    private final List<SentenceRef> mentions = new ArrayList<>();

    Draft(String id, Kind kind, IncidentType type) {
      this.id = id;
      this.kind = kind;
      this.type = type;
    }

    Draft date(DateValue d, String phrase) {
      return when(When.at(d), phrase);
    }

    Draft when(When w, String phrase) {
      date = Optional.of(new Sourced<>(w, evidence(phrase)));
      return this;
    }

    Draft location(Location l, String phrase) {
      location = l;
      locationEvidence = Optional.of(evidence(phrase));
      return this;
    }

    Draft perpetrator(String name, String phrase) {
      perpetrators.add(new Sourced<>(name, evidence(phrase)));
      return this;
    }

    Draft suspect(String name, String phrase) {
      suspected.add(new Sourced<>(name, evidence(phrase)));
      return this;
    }

    Draft target(Target t, String phrase) {
      targets.add(new Sourced<>(t, evidence(phrase)));
      return this;
    }

    Draft killed(Count c, String phrase) {
      killed = Optional.of(new Sourced<>(c, evidence(phrase)));
      return this;
    }

    Draft wounded(Count c, String phrase) {
      wounded = Optional.of(new Sourced<>(c, evidence(phrase)));
      return this;
    }

    Draft casualties(Count c, String phrase) {
      casualties = Optional.of(new Sourced<>(c, evidence(phrase)));
      return this;
    }

    Draft suicide(boolean value, String phrase) {
      suicide = Optional.of(new Sourced<>(value, evidence(phrase)));
      return this;
    }

    Draft mention(String sentence) {
      mentions.add(sentence(sentence));
      return this;
    }

    /** A mention whose text is given as is (for texts the fixture document does not hold). */
    Draft mention(SentenceRef ref) {
      mentions.add(ref);
      return this;
    }

    Incident build() {
      if (mentions.isEmpty()) {
        mention(KERMAN_1);
      }
      return new Incident(
          id,
          kind,
          new Sourced<>(type, new Evidence(mentions.get(0).docId(), mentions.get(0).span())),
          date,
          location,
          locationEvidence,
          perpetrators,
          suspected,
          targets,
          killed,
          wounded,
          casualties,
          suicide,
          mentions,
          List.of());
    }
  }
}
