package org.incidex.server;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.incidex.export.SpecNames;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Sourced;
import org.incidex.query.GeoPoint;
import org.incidex.query.IncidentQuery;
import org.incidex.query.Near;
import org.incidex.query.PartialDates;
import org.incidex.query.PlaceLocator;
import org.incidex.store.TextQuery;

/**
 * The parameters of {@code GET /api/incidents}, read into the CLI's {@link IncidentQuery} (the same
 * criteria as {@code incidex incidents}: {@code actor} is {@code --group}, {@code q} is {@code
 * --text}) plus paging and order. A bad value is a 400 that says what was expected.
 */
record IncidentParams(IncidentQuery query, Sort sort, int offset, int limit) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final double DEFAULT_RADIUS_KM = 50;
  static final List<String> NAMES =
      List.of(
          "actor", "country", "type", "kind", "since", "until", "q", "near", "radius", "limit",
          "offset", "sort");

  /** The orders a client may ask for; undated incidents and unknown tolls always come last. */
  enum Sort {
    DATE("date"),
    DATE_DESCENDING("-date"),
    KILLED("killed"),
    KILLED_DESCENDING("-killed");

    final String param;

    Sort(String param) {
      this.param = param;
    }

    Comparator<Incident> comparator() {
      Comparator<Incident> order =
          switch (this) {
            case DATE ->
                Comparator.comparing(
                    Sort::firstDay, Comparator.nullsLast(Comparator.naturalOrder()));
            case DATE_DESCENDING ->
                Comparator.comparing(
                    Sort::firstDay, Comparator.nullsLast(Comparator.reverseOrder()));
            case KILLED ->
                Comparator.comparing(Sort::killed, Comparator.nullsLast(Comparator.naturalOrder()));
            case KILLED_DESCENDING ->
                Comparator.comparing(Sort::killed, Comparator.nullsLast(Comparator.reverseOrder()));
          };
      return order.thenComparing(Incident::id);
    }

    private static java.time.LocalDate firstDay(Incident i) {
      return i.date().map(d -> d.value().start().first()).orElse(null);
    }

    private static Integer killed(Incident i) {
      return i.killed().map(Sourced::value).map(c -> c.value()).orElse(null);
    }

    static Sort parse(String value) {
      for (Sort s : values()) {
        if (s.param.equals(value)) {
          return s;
        }
      }
      throw ApiException.badRequest(
          "'sort' must be one of date, -date, killed, -killed, not '" + value + "'");
    }
  }

  static IncidentParams read(Context ctx, PlaceLocator places) {
    Http.onlyParams(ctx, NAMES);
    Optional<String> country = Http.param(ctx, "country").map(IncidentParams::country);
    Optional<IncidentType> type =
        Http.param(ctx, "type").map(v -> parse(IncidentType.class, v, "type"));
    Optional<Kind> kind = Http.param(ctx, "kind").map(IncidentParams::kind);
    Optional<DateValue> since = Http.param(ctx, "since").map(v -> date("since", v));
    Optional<DateValue> until = Http.param(ctx, "until").map(v -> date("until", v));
    Optional<TextQuery> text = Http.param(ctx, "q").map(v -> convert("q", v, TextQuery::parse));
    Optional<Near> near = near(ctx, places);
    IncidentQuery query;
    try {
      query =
          new IncidentQuery(
              Http.param(ctx, "actor"), country, since, until, type, kind, near, text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage().replace("--", ""));
    }
    Sort sort = Http.param(ctx, "sort").map(Sort::parse).orElse(Sort.DATE);
    int offset = Http.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Http.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new IncidentParams(query, sort, offset, limit);
  }

  private static String country(String value) {
    if (!value.matches("[A-Za-z]{2}")) {
      throw ApiException.badRequest(
          "'country' must be two letters (ISO 3166-1), e.g. AF, not '" + value + "'");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private static Kind kind(String value) {
    // "operation" is the short word the page uses for a security operation
    return value.equalsIgnoreCase("operation")
        ? Kind.SECURITY_OPERATION
        : parse(Kind.class, value, "kind");
  }

  private static DateValue date(String name, String value) {
    return convert(name, value, PartialDates::parse);
  }

  private static Optional<Near> near(Context ctx, PlaceLocator places) {
    Optional<String> near = Http.param(ctx, "near");
    Optional<Double> radius =
        Http.param(ctx, "radius").map(v -> convert("radius", v, Near::parseRadiusKm));
    if (near.isEmpty()) {
      if (radius.isPresent()) {
        throw ApiException.badRequest("'radius' needs 'near' (a place or LAT,LON)");
      }
      return Optional.empty();
    }
    String place = near.get();
    GeoPoint point =
        convert("near", place, GeoPoint::parse)
            .or(() -> places.locate(place))
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "'near': cannot place '"
                            + place
                            + "'; give LAT,LON such as 34.53,69.17, or a place the gazetteer"
                            + " knows"));
    return Optional.of(new Near(point, radius.orElse(DEFAULT_RADIUS_KM)));
  }

  private static <T> T convert(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'" + name + "': " + e.getMessage());
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    try {
      return SpecNames.parseTyped(type, value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "'"
              + name
              + "' must be one of "
              + e.getMessage().substring("expected one of ".length())
              + ", not '"
              + value
              + "'");
    }
  }
}
