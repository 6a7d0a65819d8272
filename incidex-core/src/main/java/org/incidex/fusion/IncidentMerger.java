package org.incidex.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.Location;
import org.incidex.model.Precision;
import org.incidex.model.Qualifier;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.Target;
import org.incidex.model.When;

/**
 * Stage: merges incidents told by different documents into one (the Kabul airport bombing is in the
 * seed and in the Kabul article). Two incidents are one event only on the same day, with the same
 * kind, compatible types and compatible places; the merged incident keeps every mention and takes
 * each field from the more precise account. Order is kept: the first account's id survives.
 */
public final class IncidentMerger {

  public List<Incident> merge(List<Incident> incidents) {
    List<Incident> out = new ArrayList<>();
    for (Incident i : incidents) {
      int match = -1;
      for (int k = 0; k < out.size(); k++) {
        if (sameEvent(out.get(k), i)) {
          match = k;
          break;
        }
      }
      if (match >= 0) {
        out.set(match, combine(out.get(match), i));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  static boolean sameEvent(Incident a, Incident b) {
    if (docs(a).stream().anyMatch(docs(b)::contains)) {
      return false; // a document's own fusion already decided
    }
    if (a.kind() != b.kind() || !Compatibility.typesCompatible(a.typeValue(), b.typeValue())) {
      return false;
    }
    if (a.location().country().isPresent()
        && b.location().country().isPresent()
        && !a.location().country().equals(b.location().country())) {
      return false;
    }
    Optional<DateValue> x = a.date().map(s -> s.value().start());
    Optional<DateValue> y = b.date().map(s -> s.value().start());
    boolean sameDay =
        x.isPresent()
            && y.isPresent()
            && x.get().precision() == Precision.DAY
            && y.get().precision() == Precision.DAY
            && x.get().first().equals(y.get().first());
    if (sameDay) {
      return placesAgree(a, b);
    }
    // "the mall attack in Nairobi … in September" (no year) told in another document with its day:
    // one undated account, the same group, the same town
    boolean oneUndated = x.isEmpty() != y.isEmpty();
    return oneUndated && sameGroup(a, b) && sameTown(a, b) && sameTarget(a, b) && closeTolls(a, b);
  }

  private static boolean sameTarget(Incident a, Incident b) {
    return a.targets().stream()
        .filter(t -> t.value() != org.incidex.model.Target.UNKNOWN)
        .anyMatch(t -> b.targets().stream().anyMatch(u -> u.value() == t.value()));
  }

  /** Death tolls, where both are given, within a tenth of each other (67 and 71). */
  private static boolean closeTolls(Incident a, Incident b) {
    if (a.killed().isEmpty() || b.killed().isEmpty()) {
      return true;
    }
    int p = a.killed().get().value().value();
    int q = b.killed().get().value().value();
    return Math.abs(p - q) <= Math.max(p, q) / 10.0;
  }

  private static boolean sameGroup(Incident a, Incident b) {
    return a.perpetrators().stream()
        .anyMatch(p -> b.perpetrators().stream().anyMatch(q -> q.value().equals(p.value())));
  }

  /** Within a few kilometres of each other (a site and its town share the town's point). */
  private static boolean sameTown(Incident a, Incident b) {
    Location p = a.location();
    Location q = b.location();
    if (p.lat().isEmpty() || q.lat().isEmpty() || p.lon().isEmpty() || q.lon().isEmpty()) {
      return false;
    }
    return org.incidex.place.Geo.distanceKm(
            p.lat().get(), p.lon().get(), q.lat().get(), q.lon().get())
        <= SAME_TOWN_KM;
  }

  private static final double SAME_TOWN_KM = 10;

  private static boolean placesAgree(Incident a, Incident b) {
    Optional<String> p = a.location().place();
    Optional<String> q = b.location().place();
    if (p.isEmpty() || q.isEmpty()) {
      return true;
    }
    String kp = Compatibility.key(p.get());
    String kq = Compatibility.key(q.get());
    return kp.equals(kq)
        || kp.contains(kq)
        || kq.contains(kp)
        || a.location().precision().equals(b.location().precision()) == false;
  }

  private static List<String> docs(Incident i) {
    return i.mentions().stream().map(SentenceRef::docId).distinct().toList();
  }

  /** One incident from two accounts: the more precise value of each field. */
  static Incident combine(Incident a, Incident b) {
    var type =
        b.typeValue().rank() > a.typeValue().rank()
                && a.typeValue() != org.incidex.model.IncidentType.UNKNOWN
            ? a.type()
            : (a.typeValue() == org.incidex.model.IncidentType.UNKNOWN ? b.type() : a.type());
    Optional<Sourced<When>> date = finer(a.date(), b.date());
    boolean bPlaceBetter = a.location().place().isEmpty() && b.location().place().isPresent();
    var location = bPlaceBetter ? b.location() : a.location();
    var locationEvidence = bPlaceBetter ? b.locationEvidence() : a.locationEvidence();
    List<Sourced<String>> perpetrators = union(a.perpetrators(), b.perpetrators());
    List<Sourced<String>> suspected = union(a.suspected(), b.suspected());
    suspected.removeIf(s -> perpetrators.stream().anyMatch(p -> p.value().equals(s.value())));
    Map<Target, Sourced<Target>> targets = new LinkedHashMap<>();
    a.targets().forEach(t -> targets.putIfAbsent(t.value(), t));
    b.targets().forEach(t -> targets.putIfAbsent(t.value(), t));
    List<SentenceRef> mentions =
        new ArrayList<>(new LinkedHashSet<>(concat(a.mentions(), b.mentions())));
    List<String> notes = new ArrayList<>(new LinkedHashSet<>(concat(a.notes(), b.notes())));
    return new Incident(
            a.id(),
            a.kind(),
            type,
            date,
            location,
            locationEvidence,
            perpetrators,
            suspected,
            List.copyOf(targets.values()),
            figure(a.killed(), b.killed()),
            figure(a.wounded(), b.wounded()),
            figure(a.casualties(), b.casualties()),
            a.suicide().or(b::suicide),
            mentions,
            notes)
        .withRoles(new ArrayList<>(new LinkedHashSet<>(concat(a.roles(), b.roles()))));
  }

  private static Optional<Sourced<When>> finer(
      Optional<Sourced<When>> a, Optional<Sourced<When>> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return b.get().value().start().finerThan(a.get().value().start()) ? b : a;
  }

  /** The exact figure if one account has it, else the first account's. */
  private static Optional<Sourced<Count>> figure(
      Optional<Sourced<Count>> a, Optional<Sourced<Count>> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isPresent()
        && a.get().value().qualifier() != Qualifier.EXACT
        && b.get().value().qualifier() == Qualifier.EXACT) {
      return b;
    }
    return a;
  }

  private static <T> List<Sourced<T>> union(List<Sourced<T>> a, List<Sourced<T>> b) {
    List<Sourced<T>> out = new ArrayList<>(a);
    for (Sourced<T> s : b) {
      if (out.stream().noneMatch(o -> o.value().equals(s.value()))) {
        out.add(s);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
