package org.incidex.fusion;

import java.util.Optional;
import java.util.Set;
import org.incidex.frame.IncidentFrame;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.PlaceMention;
import org.incidex.model.IncidentType;
import org.incidex.model.Precision;
import org.incidex.model.Qualifier;

/**
 * When two accounts can be one event, and when they must be. Two accounts are compatible when
 * nothing they say conflicts (kind, type, date, place, exact tolls); they are the same event only
 * with positive evidence as well: the same day, or the same named place at a compatible date.
 */
final class Compatibility {
  private Compatibility() {}

  /** Attack types one event can be told as (a gun and bomb attack; a shooting that set a fire). */
  private static final Set<IncidentType> VIOLENT =
      Set.of(
          IncidentType.BOMBING,
          IncidentType.ARMED_ASSAULT,
          IncidentType.HOSTAGE_BARRICADE,
          IncidentType.FACILITY_ATTACK,
          IncidentType.ASSASSINATION);

  /** Operation types one operation can be told as (a raid, then the arrests made in it). */
  private static final Set<IncidentType> GROUND_OPERATIONS =
      Set.of(IncidentType.RAID, IncidentType.ARREST, IncidentType.OTHER_OPERATION);

  static boolean typesCompatible(IncidentType a, IncidentType b) {
    if (a == b || a == IncidentType.UNKNOWN || b == IncidentType.UNKNOWN) {
      return true;
    }
    if (a.kind() != b.kind()) {
      return false;
    }
    return VIOLENT.contains(a) && VIOLENT.contains(b)
        || GROUND_OPERATIONS.contains(a) && GROUND_OPERATIONS.contains(b);
  }

  static boolean placesCompatible(Optional<PlaceMention> a, Optional<PlaceMention> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    PlaceMention x = a.get();
    PlaceMention y = b.get();
    if (sameName(x, y)) {
      return true;
    }
    if (x.country().isPresent() && y.country().isPresent() && !x.country().equals(y.country())) {
      return false;
    }
    if (within(x, y) || within(y, x)) {
      return true; // "Birnin Gwari in Kaduna": a town of the state named before
    }
    // a site or district and a town: compatible unless both are towns with different names
    return !(x.kind() == y.kind() && Draft.rank(x.kind()) >= 2);
  }

  /** {@code inner}'s province is {@code outer}. */
  static boolean within(PlaceMention inner, PlaceMention outer) {
    return inner.admin1().isPresent() && key(inner.admin1().get()).equals(key(outer.name()));
  }

  static boolean sameName(PlaceMention x, PlaceMention y) {
    return key(x.name()).equals(key(y.name()));
  }

  static boolean sameDay(Optional<DateMention> a, Optional<DateMention> b) {
    return a.isPresent()
        && b.isPresent()
        && a.get().value().precision() == Precision.DAY
        && b.get().value().precision() == Precision.DAY
        && a.get().value().first().equals(b.get().value().first());
  }

  /** Two exact, different tolls are two events. */
  static boolean figuresConflict(Optional<CasualtyMention> a, Optional<CasualtyMention> b) {
    if (a.isEmpty() || b.isEmpty() || a.get().update() || b.get().update()) {
      return false;
    }
    var x = a.get().count();
    var y = b.get().count();
    if (x.qualifier() == Qualifier.EXACT && y.qualifier() == Qualifier.EXACT) {
      return x.value() != y.value();
    }
    return false;
  }

  static boolean frameFits(Draft d, IncidentFrame f) {
    if (f.kind() != d.kind() && !f.reference()) {
      return false;
    }
    if (!typesCompatible(d.type(), f.type()) || !Draft.datesCompatible(d.date(), f.date())) {
      return false;
    }
    if (!placesCompatible(d.place(), f.place())) {
      return false;
    }
    if (d.country().isPresent()
        && f.country().isPresent()
        && !d.country().get().equals(f.country().get().value())) {
      return false; // a raid in Pakistan and a raid in Afghanistan are two
    }
    for (IncidentFrame g : d.frames) {
      if (g.reference()) {
        continue; // partial tolls in comments and quotes ("two U.S. personnel … were injured")
      }
      if (figuresConflict(g.killed(), f.killed()) || figuresConflict(g.wounded(), f.wounded())) {
        return false;
      }
    }
    return true;
  }

  /** Words that tell of an event other than the one told before ("another", "a similar"). */
  private static final java.util.regex.Pattern ANOTHER =
      java.util.regex.Pattern.compile(
          "\\b(?:another|other|separate|unrelated|a previous|an earlier|a similar|earlier"
              + "|previous|prior)\\s+(?:[\\w-]+\\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|bombs?"
              + "|shootings?|assaults?|strikes?|incidents?|raids?|sieges?|kidnappings?|assassinations?"
              + "|killings?)\\b|\\blast (?:week|month|year)\\b|\\b(?:the next|the following|the previous)"
              + " (?:day|morning|night|week)\\b|\\b(?:a|one|two|three|several) (?:days?|weeks?)"
              + " (?:later|earlier)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The frame's sentence says its event is another one. */
  static boolean saysAnother(IncidentFrame f) {
    java.util.regex.Matcher m = ANOTHER.matcher(f.sentence().text());
    while (m.find()) {
      if (!TOLD_LATER.matcher(f.sentence().text().substring(m.start())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** "The next day, the chairman told Reuters that 37 had been killed": a later telling. */
  private static final java.util.regex.Pattern TOLD_LATER =
      java.util.regex.Pattern.compile(
          "(?:the next|the following) (?:day|morning|night|week),?\\s+[^.;]{0,80}?\\b(?:told|said"
              + "|reported|announced|confirmed|put)\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("\\b(?:province|district|city|oblast|governorate|region|state|county)\\b", "")
        .replaceAll("[^\\p{L}\\d]", "");
  }
}
