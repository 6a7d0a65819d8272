package org.incidex.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.frame.IncidentFrame;
import org.incidex.mention.DateMention;
import org.incidex.mention.PlaceMention;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.WherePrecision;

/**
 * The frames gathered for one incident while fusing. Private to fusion; {@link IncidentBuilder}
 * turns a finished draft into an immutable {@code Incident}.
 */
final class Draft {
  final List<IncidentFrame> frames = new ArrayList<>();

  /** A place the text gives only by reference ("in the area") to the event told before. */
  Optional<PlaceMention> inherited = Optional.empty();

  Draft(IncidentFrame first) {
    frames.add(first);
  }

  Kind kind() {
    for (IncidentFrame f : frames) {
      if (!f.reference()) {
        return f.kind();
      }
    }
    return frames.get(0).kind();
  }

  IncidentType type() {
    IncidentType best = null;
    for (IncidentFrame f : frames) {
      if (f.kind() != kind()) {
        continue;
      }
      if (best == null
          || best == IncidentType.UNKNOWN
          || (f.type() != IncidentType.UNKNOWN && f.type().rank() > best.rank())) {
        best = f.type();
      }
    }
    if (best == IncidentType.ARREST
        && frames.stream().anyMatch(f -> f.type() == IncidentType.OTHER_OPERATION)) {
      return IncidentType.OTHER_OPERATION; // killed some, then "a fourth suspect was arrested"
    }
    return best == null ? frames.get(0).type() : best;
  }

  /** The most precise date any frame gives (the first of equally precise ones). */
  Optional<DateMention> date() {
    DateMention best = null;
    for (IncidentFrame f : frames) {
      if (f.date().isPresent()) {
        DateMention d = f.date().get();
        if (best == null || d.value().finerThan(best.value())) {
          best = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The most specific place the accounts give (the first of equally specific ones); places that
   * references to the event name count only when no account names one.
   */
  Optional<PlaceMention> place() {
    Optional<PlaceMention> told = place(false);
    if (told.isEmpty()) {
      return place(true).or(() -> inherited);
    }
    // "the explosion took place on Kabul International Airport Road": a reference may name the
    // site or district within the town the accounts give
    Optional<PlaceMention> referred = place(true);
    if (referred.isPresent()
        && rank(referred.get().kind()) < rank(told.get().kind())
        && (rank(referred.get().kind()) <= 1 && told.get().kind() == WherePrecision.TOWN
            || told.get().kind() == WherePrecision.PROVINCE)
        && referred.get().country().equals(told.get().country())
        && WHERE_IT_HAPPENED.contains(referred.get().preposition())) {
      return referred;
    }
    return told;
  }

  private static final java.util.Set<String> WHERE_IT_HAPPENED =
      java.util.Set.of("at", "on", "in", "of");

  private Optional<PlaceMention> place(boolean references) {
    PlaceMention best = null;
    for (IncidentFrame f : frames) {
      if (f.reference() == references && f.place().isPresent()) {
        PlaceMention p = f.place().get();
        if (best == null || rank(p.kind()) < rank(best.kind())) {
          best = p;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  Optional<String> country() {
    for (IncidentFrame f : frames) {
      if (f.country().isPresent()) {
        return Optional.of(f.country().get().value());
      }
    }
    return Optional.empty();
  }

  List<String> docIds() {
    return frames.stream().map(IncidentFrame::docId).distinct().toList();
  }

  static int rank(WherePrecision p) {
    return switch (p) {
      case SITE -> 0;
      case DISTRICT -> 1;
      case TOWN -> 2;
      case PROVINCE -> 3;
      case COUNTRY -> 4;
    };
  }

  static boolean datesCompatible(Optional<DateMention> a, Optional<DateMention> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    DateValue x = a.get().value();
    DateValue y = b.get().value();
    return x.compatibleWith(y);
  }
}
