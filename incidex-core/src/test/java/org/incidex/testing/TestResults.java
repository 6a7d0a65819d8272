package org.incidex.testing;

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
import org.incidex.model.Location;
import org.incidex.model.Predicate;
import org.incidex.model.Problem;
import org.incidex.model.Qualifier;
import org.incidex.model.Relation;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;
import org.incidex.model.WherePrecision;
import org.incidex.pipeline.DocumentResult;
import org.incidex.text.Document;
import org.incidex.text.Span;

/** Document results built by hand, with every value pointing at real text of its document. */
public final class TestResults {
  public static final String KERMAN =
      "On 3 January 2024, two ISIS–K suicide bombers killed 94 people and wounded at least 284 at"
          + " a memorial in Kerman, Iran. Police arrested 11 suspects in Kerman on 5 January"
          + " 2024.";

  private TestResults() {}

  /** A result with one of every kind of value: all optional fields present, lists non-empty. */
  public static DocumentResult rich(String docId) {
    return rich(docId, KERMAN);
  }

  /** {@link #rich(String)} of another text that contains the same words (for replacements). */
  public static DocumentResult rich(String docId, String text) {
    Document d =
        new Document(docId, text, "Kerman bombing", "tests", Optional.of(LocalDate.of(2024, 1, 4)));
    Incident bombing =
        new IncidentBuilder(d)
            .sentence("On 3 January", "Iran.")
            .id("kerman-2024-01-03-bombing")
            .type(IncidentType.BOMBING, "suicide bombers")
            .date(When.at(DateValue.day(2024, 1, 3)), "3 January 2024")
            .place("Kerman", "Kerman Province", "IR", 30.28333, 57.08333)
            .perpetrator("ISIS–K", "ISIS–K")
            .suspected("Islamic State", "ISIS–K")
            .target(Target.PRIVATE_CITIZENS, "people")
            .target(Target.RELIGIOUS, "memorial")
            .killed(new Count(94, Qualifier.EXACT), "killed 94")
            .wounded(new Count(284, Qualifier.AT_LEAST), "at least 284")
            .casualties(new Count(378, Qualifier.ABOUT), "94 people")
            .suicide(true, "suicide")
            .note("the toll rose later")
            .build();
    Incident arrest =
        new IncidentBuilder(d)
            .sentence("Police arrested", "2024.")
            .id("kerman-2024-01-arrest")
            .type(IncidentType.ARREST, "arrested")
            .date(
                new When(DateValue.month(2024, 1), Optional.of(DateValue.day(2024, 1, 5))),
                "5 January 2024")
            .build();
    Actor group =
        new Actor(
            "Islamic State – Khorasan Province",
            ActorType.ORGANIZATION,
            true,
            List.of("ISIS–K", "ISKP"),
            List.of(new Evidence(docId, span(text, "ISIS–K"))));
    Actor police = new Actor("Police", ActorType.ORGANIZATION, false, List.of(), List.of());
    Relation relation =
        new Relation(
            "Police",
            Predicate.OPPOSED_TO,
            "Islamic State – Khorasan Province",
            Optional.of(new When(DateValue.year(2020), Optional.of(DateValue.month(2021, 6)))),
            Optional.of("emir of Kerman"),
            List.of(sentence(d, "Police arrested", "2024.")));
    List<Problem> problems =
        List.of(
            Problem.at(docId, span(text, "two"), "\"two\" is not a count here; left out"),
            new Problem(docId, Optional.empty(), "no publication date line", false));
    return new DocumentResult(
        d,
        List.of(),
        List.of(),
        List.of(bombing, arrest),
        List.of(group, police),
        List.of(relation),
        problems);
  }

  /** A document that yielded nothing: no incidents, actors, relations or problems. */
  public static DocumentResult empty(String docId, String text) {
    return new DocumentResult(
        Document.of(docId, text), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** A document the pipeline gave up on, with its fatal problem. */
  public static DocumentResult failed(String docId, String text) {
    return DocumentResult.failed(
        Document.of(docId, text),
        List.of(Problem.fatal(docId, "no sentence of running text found; nothing extracted")));
  }

  public static Span span(String text, String part) {
    int at = text.indexOf(part);
    if (at < 0) {
      throw new IllegalArgumentException("'" + part + "' is not in the text");
    }
    return new Span(at, at + part.length());
  }

  /** The sentence of {@code d} from {@code first} to the end of {@code last}. */
  public static SentenceRef sentence(Document d, String first, String last) {
    int start = d.text().indexOf(first);
    int end = d.text().indexOf(last, start) + last.length();
    Span s = new Span(start, end);
    return new SentenceRef(d.id(), s, s.of(d.text()));
  }

  /** Builds an incident whose evidence spans are found by the words given. */
  public static final class IncidentBuilder {
    private final Document d;
    private String id = "incident";
    private Sourced<IncidentType> type;
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
    private final List<String> notes = new ArrayList<>();

    public IncidentBuilder(Document d) {
      this.d = d;
    }

    private Evidence at(String words) {
      return new Evidence(d.id(), span(d.text(), words));
    }

    public IncidentBuilder sentence(String first, String last) {
      mentions.add(TestResults.sentence(d, first, last));
      return this;
    }

    public IncidentBuilder id(String value) {
      id = value;
      return this;
    }

    public IncidentBuilder type(IncidentType value, String words) {
      type = new Sourced<>(value, at(words));
      return this;
    }

    public IncidentBuilder date(When value, String words) {
      date = Optional.of(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder place(
        String place, String admin1, String country, double lat, double lon) {
      location =
          new Location(
              Optional.of(place),
              Optional.ofNullable(admin1),
              Optional.of(country),
              Optional.of(lat),
              Optional.of(lon),
              Optional.of("geonames:" + place.length()),
              Optional.of(WherePrecision.TOWN));
      locationEvidence = Optional.of(at(place));
      return this;
    }

    public IncidentBuilder country(String iso2) {
      location = location.withCountry(iso2);
      return this;
    }

    public IncidentBuilder perpetrator(String name, String words) {
      perpetrators.add(new Sourced<>(name, at(words)));
      return this;
    }

    public IncidentBuilder suspected(String name, String words) {
      suspected.add(new Sourced<>(name, at(words)));
      return this;
    }

    public IncidentBuilder target(Target value, String words) {
      targets.add(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder killed(Count value, String words) {
      killed = Optional.of(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder wounded(Count value, String words) {
      wounded = Optional.of(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder casualties(Count value, String words) {
      casualties = Optional.of(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder suicide(boolean value, String words) {
      suicide = Optional.of(new Sourced<>(value, at(words)));
      return this;
    }

    public IncidentBuilder note(String note) {
      notes.add(note);
      return this;
    }

    public Incident build() {
      if (mentions.isEmpty()) {
        mentions.add(new SentenceRef(d.id(), new Span(0, d.text().length()), d.text()));
      }
      return new Incident(
          id,
          type.value().kind(),
          type,
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
          notes);
    }
  }
}
