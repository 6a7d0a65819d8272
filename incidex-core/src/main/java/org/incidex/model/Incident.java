package org.incidex.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world event, however many sentences and documents tell of it. Every value keeps the
 * evidence it came from; {@code mentions} are all the sentences that speak of the event. {@code
 * suspected} lists groups the texts only suspect (not perpetrators, by the spec's rule). {@code
 * roles} are the phrases that name its individual perpetrators, victims, physical targets and
 * weapons (a field of our own).
 */
public record Incident(
    String id,
    Kind kind,
    Sourced<IncidentType> type,
    Optional<Sourced<When>> date,
    Location location,
    Optional<Evidence> locationEvidence,
    List<Sourced<String>> perpetrators,
    List<Sourced<String>> suspected,
    List<Sourced<Target>> targets,
    Optional<Sourced<Count>> killed,
    Optional<Sourced<Count>> wounded,
    Optional<Sourced<Count>> casualties,
    Optional<Sourced<Boolean>> suicide,
    List<SentenceRef> mentions,
    List<String> notes,
    List<Sourced<RoleFiller>> roles) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(locationEvidence, "locationEvidence");
    perpetrators = List.copyOf(perpetrators);
    suspected = List.copyOf(suspected);
    targets = List.copyOf(targets);
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(suicide, "suicide");
    mentions = List.copyOf(mentions);
    notes = List.copyOf(notes);
    roles = List.copyOf(roles);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no mention");
    }
  }

  /** An incident without role fillers (as stages before role attachment build them). */
  public Incident(
      String id,
      Kind kind,
      Sourced<IncidentType> type,
      Optional<Sourced<When>> date,
      Location location,
      Optional<Evidence> locationEvidence,
      List<Sourced<String>> perpetrators,
      List<Sourced<String>> suspected,
      List<Sourced<Target>> targets,
      Optional<Sourced<Count>> killed,
      Optional<Sourced<Count>> wounded,
      Optional<Sourced<Count>> casualties,
      Optional<Sourced<Boolean>> suicide,
      List<SentenceRef> mentions,
      List<String> notes) {
    this(
        id,
        kind,
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
        notes,
        List.of());
  }

  public IncidentType typeValue() {
    return type.value();
  }

  /** The same incident under another id. */
  public Incident withId(String newId) {
    return new Incident(
        newId,
        kind,
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
        notes,
        roles);
  }

  /** The same incident with perpetrator and suspect names replaced (canonical actor names). */
  public Incident withActors(
      List<Sourced<String>> newPerpetrators, List<Sourced<String>> newSuspected) {
    return new Incident(
        id,
        kind,
        type,
        date,
        location,
        locationEvidence,
        newPerpetrators,
        newSuspected,
        targets,
        killed,
        wounded,
        casualties,
        suicide,
        mentions,
        notes,
        roles);
  }

  /** The same incident with these role fillers. */
  public Incident withRoles(List<Sourced<RoleFiller>> newRoles) {
    return new Incident(
        id,
        kind,
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
        notes,
        newRoles);
  }
}
