package org.incidex.query;

import java.util.Objects;
import java.util.Optional;
import org.incidex.export.SpecNames;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.store.TextQuery;

/**
 * What {@code incidex incidents} asks for; every criterion present must hold ({@link
 * IncidentFilter} says how each is read). {@link #ALL} asks for every incident.
 */
public record IncidentQuery(
    Optional<String> group,
    Optional<String> country,
    Optional<DateValue> since,
    Optional<DateValue> until,
    Optional<IncidentType> type,
    Optional<Kind> kind,
    Optional<Near> near,
    Optional<TextQuery> text) {

  public static final IncidentQuery ALL =
      new IncidentQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public IncidentQuery {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(near, "near");
    Objects.requireNonNull(text, "text");
    if (since.isPresent()
        && until.isPresent()
        && until.get().last().isBefore(since.get().first())) {
      throw new IllegalArgumentException(
          "--until " + until.get() + " is before --since " + since.get() + "; nothing can match");
    }
    if (type.isPresent() && kind.isPresent() && type.get().kind() != kind.get()) {
      throw new IllegalArgumentException(
          "type "
              + SpecNames.of(type.get())
              + " is never of kind "
              + SpecNames.of(kind.get())
              + "; nothing can match");
    }
  }
}
