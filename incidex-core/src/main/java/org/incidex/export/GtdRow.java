package org.incidex.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Location;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;

/** One incident on its way to a CSV row, with the GTD-style event id it was given. */
record GtdRow(Incident incident, String eventId) {

  /** A group named in {@code gname…}; {@code uncertain} when the texts only suspect it. */
  record Group(String name, boolean uncertain) {}

  IncidentType type() {
    return incident.typeValue();
  }

  Location location() {
    return incident.location();
  }

  boolean isAttack() {
    return incident.kind() == Kind.ATTACK;
  }

  Optional<DateValue> start() {
    return incident.date().map(d -> d.value().start());
  }

  Optional<DateValue> end() {
    return incident.date().flatMap(d -> d.value().end());
  }

  Optional<When> when() {
    return incident.date().map(Sourced::value);
  }

  /**
   * GTD's perpetrator groups: ours first, then the suspected ones marked uncertain (GTD names a
   * suspected group in {@code gname} with {@code guncertain} = 1). Empty for security operations,
   * whose acting force is no perpetrator in GTD's sense.
   */
  List<Group> groups() {
    if (!isAttack()) {
      return List.of();
    }
    LinkedHashSet<String> perpetrators = new LinkedHashSet<>();
    incident.perpetrators().forEach(p -> perpetrators.add(p.value()));
    List<Group> groups = new ArrayList<>();
    perpetrators.forEach(p -> groups.add(new Group(p, false)));
    incident.suspected().stream()
        .map(Sourced::value)
        .distinct()
        .filter(s -> !perpetrators.contains(s))
        .forEach(s -> groups.add(new Group(s, true)));
    return groups;
  }

  /** Targets without repeats, in the incident's order. */
  List<Target> targets() {
    return incident.targets().stream().map(Sourced::value).distinct().toList();
  }
}
