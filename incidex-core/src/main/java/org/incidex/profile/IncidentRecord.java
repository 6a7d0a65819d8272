package org.incidex.profile;

import java.util.List;
import java.util.Optional;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;

/**
 * The incidents attributed to an actor (it is among their perpetrators): how many, the deaths they
 * report together ({@code killed} values as written; a qualifier such as "over" is not added), and
 * the first and last dates among the dated ones.
 */
public record IncidentRecord(
    List<Incident> incidents,
    int killed,
    int undated,
    Optional<DateValue> first,
    Optional<DateValue> last) {
  public IncidentRecord {
    incidents = List.copyOf(incidents);
  }

  public int count() {
    return incidents.size();
  }

  static IncidentRecord of(List<Incident> incidents) {
    int killed = 0;
    int undated = 0;
    DateValue first = null;
    DateValue last = null;
    for (Incident i : incidents) {
      killed += i.killed().map(k -> k.value().value()).orElse(0);
      if (i.date().isEmpty()) {
        undated++;
        continue;
      }
      DateValue d = i.date().get().value().start();
      if (first == null || d.first().isBefore(first.first())) {
        first = d;
      }
      if (last == null || d.first().isAfter(last.first())) {
        last = d;
      }
    }
    return new IncidentRecord(
        incidents, killed, undated, Optional.ofNullable(first), Optional.ofNullable(last));
  }
}
