package org.incidex.frame;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DateMention;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.PlaceMention;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.WherePrecision;

/**
 * Splits a sentence's event triggers into units, one per event it reports.
 *
 * <ul>
 *   <li>Attacks and security operations are separate units ("authorities arrested dozens … in the
 *       aftermath of the attack" reports an arrest and refers to an attack). Cues that could be
 *       either (a raid, an exchange of fire) go with the operation when the sentence has one.
 *   <li>Triggers nearest different dates are different events ("twin bombings in July 2018 … and
 *       twin bombings in July 2016").
 *   <li>One trigger over coordinated places, each with its own noun ("a maternity ward in Kabul and
 *       a funeral in Kuz Kunar were attacked"), gives one unit per place, and a joint toll belongs
 *       to none of them.
 * </ul>
 *
 * Every other mention joins the unit whose trigger is nearest in the text.
 */
final class EventUnits {
  private EventUnits() {}

  private static final Set<IncidentType> OPERATION_ONLY =
      EnumSet.of(IncidentType.ARREST, IncidentType.AIRSTRIKE, IncidentType.OTHER_OPERATION);

  /** Attack cues that also describe what forces do to a group. */
  private static final Pattern EITHER_KIND =
      Pattern.compile(
          "exchange of fire|clash(?:es)?|shoot-?outs?|gun-?fights?|gunfire|fire ?fight|gun ?battle|shot|raids?|raided");

  private static final Pattern RAID_OPERATION = Pattern.compile(".*raid operations?");

  /**
   * Words of harm, which belong to whatever event the sentence reports ("resulted in the death").
   */
  static final Pattern HARM =
      Pattern.compile("^(?:kill|murder|slain|died|dead|death|injur|wound|casualt|fatalit).*");

  static List<EventUnit> split(
      List<EventMention> triggers, List<Mention> mentions, String text, int sentenceStart) {
    if (triggers.isEmpty()) {
      return List.of();
    }
    List<EventMention> ops = new ArrayList<>();
    List<EventMention> attacks = new ArrayList<>();
    List<EventMention> either = new ArrayList<>();
    for (EventMention t : triggers) {
      if (droneAttackByAGroup(t, mentions)) {
        attacks.add(t);
      } else if (OPERATION_ONLY.contains(t.type())
          || RAID_OPERATION.matcher(t.cue()).matches()
          || fightWithForces(t, mentions, text, sentenceStart)
          || raidByForces(t, mentions, text, sentenceStart)) {
        ops.add(t);
      } else if (t.type().kind() == Kind.SECURITY_OPERATION
          || EITHER_KIND.matcher(t.cue()).matches()
          || HARM.matcher(t.cue()).matches()) {
        either.add(t);
      } else {
        attacks.add(t);
      }
    }
    if (!ops.isEmpty()) {
      ops.addAll(either);
    } else {
      attacks.addAll(either);
    }
    List<EventUnit> units = new ArrayList<>();
    boolean bothKinds = !ops.isEmpty() && !attacks.isEmpty();
    if (!attacks.isEmpty()) {
      units.addAll(
          byDate(Kind.ATTACK, attacks, bothKinds ? near(mentions, attacks, ops) : mentions));
    }
    if (!ops.isEmpty()) {
      units.addAll(
          byDate(
              Kind.SECURITY_OPERATION, ops, bothKinds ? near(mentions, ops, attacks) : mentions));
    }
    List<EventUnit> out = new ArrayList<>();
    List<EventUnit> told = new ArrayList<>();
    for (EventUnit u : units) {
      for (EventUnit v : EventSplits.byComparison(u, text, sentenceStart)) {
        told.addAll(
            v.aside() ? List.of(v) : EventSplits.byReferenceAndNewEvent(v, text, sentenceStart));
      }
    }
    for (EventUnit u : told) {
      for (EventUnit v : byCoordinatedPlace(u, text, sentenceStart)) {
        out.addAll(EventSplits.byOneAndTheOther(v, text, sentenceStart));
      }
    }
    return out;
  }

  /**
   * "the ELN openly claimed the drone attack on an army base": drones flown by an armed group, with
   * no state named, make an attack, not an air strike.
   */
  private static boolean droneAttackByAGroup(EventMention t, List<Mention> mentions) {
    if (t.type() != IncidentType.AIRSTRIKE
        || !t.cue().toLowerCase(java.util.Locale.ROOT).contains("drone")) {
      return false;
    }
    boolean group = false;
    for (Mention m : mentions) {
      if (m instanceof ActorMention a) {
        if (a.actorClass() == ActorClass.STATE) {
          return false;
        }
        group |= a.actorClass() == ActorClass.ARMED_GROUP;
      }
    }
    return group;
  }

  /** A fight that can be with forces: "a clash", "a shootout", "an exchange of fire". */
  private static final Pattern FIGHT =
      Pattern.compile(
          "(?i)clash(?:es)?|shoot-?outs?|gun-?fights?|gun ?battles?|fire ?fights?|encounters?"
              + "|exchanges? of fire");

  private static final Pattern WITH = Pattern.compile("(?i)\\s+with\\s+(?:the\\s+)?");

  /** "killed in a clash with the FADM": a fight with a named state force is its operation. */
  private static boolean fightWithForces(
      EventMention t, List<Mention> mentions, String text, int sentenceStart) {
    if (!FIGHT.matcher(t.cue()).matches()) {
      return false;
    }
    Matcher with = WITH.matcher(text);
    int from = t.span().end() - sentenceStart;
    if (from > text.length() || !with.region(from, text.length()).lookingAt()) {
      return false;
    }
    int actorStart = sentenceStart + with.end();
    for (Mention m : mentions) {
      if (m instanceof ActorMention a
          && a.actorClass() == ActorClass.STATE
          && a.span().start() == actorStart) {
        return true;
      }
    }
    return false;
  }

  /** Between a raid's subject and its verb: a short form, auxiliaries. */
  private static final Pattern SUBJECT_GAP =
      Pattern.compile(
          "\\s*(?:\\([^)]{0,20}\\)\\s*)?(?:(?:had|has|have|also|then|reportedly|jointly|later)\\s+)*");

  /**
   * "the FADM and the Rwanda Defence Force raided a base": a raid whose subject is a state force.
   */
  private static boolean raidByForces(
      EventMention t, List<Mention> mentions, String text, int sentenceStart) {
    if (t.type() != IncidentType.RAID) {
      return false;
    }
    ActorMention subject = null;
    for (Mention m : mentions) {
      if (m instanceof ActorMention a
          && a.span().end() <= t.span().start()
          && (subject == null || a.span().end() > subject.span().end())) {
        subject = a;
      }
    }
    return subject != null
        && subject.actorClass() == ActorClass.STATE
        && SUBJECT_GAP
            .matcher(
                text.substring(
                    subject.span().end() - sentenceStart, t.span().start() - sentenceStart))
            .matches();
  }

  /** Splits triggers nearest different absolute dates into separate units. */
  private static List<EventUnit> byDate(
      Kind kind, List<EventMention> triggers, List<Mention> mentions) {
    List<DateMention> dates = new ArrayList<>();
    for (Mention m : mentions) {
      if (m instanceof DateMention d && !d.relative()) {
        dates.add(d);
      }
    }
    Map<DateMention, List<EventMention>> byDate = new LinkedHashMap<>();
    if (dates.size() >= 2) {
      for (EventMention t : triggers) {
        if (t.definite() || !t.isStrong()) {
          continue;
        }
        DateMention nearest = dates.get(0);
        for (DateMention d : dates) {
          if (d.span().distanceTo(t.span()) < nearest.span().distanceTo(t.span())) {
            nearest = d;
          }
        }
        byDate.computeIfAbsent(nearest, k -> new ArrayList<>()).add(t);
      }
    }
    boolean distinct =
        byDate.size() >= 2 && byDate.keySet().stream().map(d -> d.value()).distinct().count() >= 2;
    if (!distinct) {
      return List.of(new EventUnit(kind, triggers, mentions, false));
    }
    List<List<EventMention>> groups = new ArrayList<>(byDate.values());
    // triggers not tied to a date (definite, weak) join the group whose trigger is nearest
    for (EventMention t : triggers) {
      if (groups.stream().noneMatch(g -> g.contains(t))) {
        nearestGroup(groups, t).add(t);
      }
    }
    return assign(kind, groups, mentions, false);
  }

  /** "A in Kabul and B in Kuz Kunar were attacked": one unit per coordinated place. */
  /** Between the unit's town and the "and" (first), or after the "and" (second). */
  private static boolean onSide(PlaceMention m, int k, List<PlaceMention> places, int and) {
    int at = m.span().start();
    return places.indexOf(m) < 0
        && (k == 0 ? at > places.get(0).span().start() && at < and : at > and);
  }

  private static final Pattern DISTRICT_OF_TOWN =
      Pattern.compile(",?\\s+(?:in|of)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?");

  /** "in X, in neighbouring Y district": with two towns, the district only says where one lies. */
  private static List<PlaceMention> withoutDistrictsOfTowns(
      List<PlaceMention> places, String text, int sentenceStart) {
    List<PlaceMention> out = new ArrayList<>();
    PlaceMention before = null;
    for (PlaceMention p : places) {
      boolean ofTown =
          before != null
              && before.kind() == WherePrecision.TOWN
              && p.kind() == WherePrecision.DISTRICT
              && p.span().start() > before.span().end()
              && DISTRICT_OF_TOWN
                  .matcher(
                      text.substring(
                          before.span().end() - sentenceStart, p.span().start() - sentenceStart))
                  .matches();
      if (!ofTown) {
        out.add(p);
      }
      before = p;
    }
    return out.stream().filter(p -> p.kind() == WherePrecision.TOWN).count() == 2 ? out : places;
  }

  private static List<EventUnit> byCoordinatedPlace(
      EventUnit unit, String text, int sentenceStart) {
    List<PlaceMention> all = new ArrayList<>();
    for (Mention m : unit.mentions()) {
      if (m instanceof PlaceMention p && p.kind() != WherePrecision.COUNTRY) {
        all.add(p);
      }
    }
    all.sort(java.util.Comparator.comparing(PlaceMention::span));
    // the divisions around a town ("Bhopalpatnam, in Bijapur district") are not places of their own
    all.removeAll(EventPlaces.containers(text, sentenceStart, all));
    List<PlaceMention> places = new ArrayList<>();
    for (PlaceMention p : all) {
      if ((p.kind() == WherePrecision.TOWN
              || p.kind() == WherePrecision.DISTRICT
              || p.kind() == WherePrecision.SITE)
          && (p.preposition().equals("in")
              || p.preposition().equals("at")
              || (p.preposition().isEmpty() && !places.isEmpty()))) {
        places.add(p);
      }
    }
    places = withoutDistrictsOfTowns(places, text, sentenceStart);
    if (places.size() != 2 || places.get(0).name().equals(places.get(1).name())) {
      return List.of(unit);
    }
    boolean twoTowns = places.stream().allMatch(p -> p.kind() == WherePrecision.TOWN);
    boolean aTown = places.stream().anyMatch(p -> p.kind() == WherePrecision.TOWN);
    if (!aTown || (!twoTowns && places.get(0).admin1().equals(places.get(1).admin1()))) {
      return List.of(unit); // two sites of one city are one coordinated attack ("Bamako")
    }
    int gapStart = places.get(0).span().end() - sentenceStart;
    int gapEnd = places.get(1).span().start() - sentenceStart;
    if (gapStart < 0 || gapEnd > text.length() || gapEnd <= gapStart) {
      return List.of(unit);
    }
    String between = text.substring(gapStart, gapEnd);
    // "in Kabul and a funeral in": a conjunction, then a noun phrase of its own, then "in";
    // "opened fire … in X, in Y district, and set off a bomb in Z": a clause of its own;
    // "bombs exploded in X and Z": two towns joined (separate places make separate incidents)
    boolean ownPhrase =
        between.matches("\\s+and\\s+(?:an?|the)\\s+[\\p{L}' -]{2,40}\\s+(?:in|at)\\s*");
    boolean ownClause =
        twoTowns && between.matches("[^;.]{0,60}?,?\\s+and\\s+[\\p{L}' -]{2,50}\\s+(?:in|at)\\s*");
    boolean joined = twoTowns && between.matches("\\s+and\\s+");
    if (!ownPhrase && !ownClause && !joined) {
      return List.of(unit);
    }
    int and = gapStart + between.lastIndexOf(" and ") + sentenceStart;
    List<EventMention> firstTriggers = new ArrayList<>();
    List<EventMention> secondTriggers = new ArrayList<>();
    for (EventMention t : unit.triggers()) {
      (t.span().start() < and ? firstTriggers : secondTriggers).add(t);
    }
    List<EventUnit> out = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      PlaceMention p = places.get(k);
      List<Mention> mine = new ArrayList<>();
      for (Mention m : unit.mentions()) {
        if (m instanceof PlaceMention other && other != p && !onSide(other, k, places, and)) {
          continue; // each unit keeps its own town and the divisions said of it, no other place
        }
        mine.add(m);
      }
      List<EventMention> triggers = k == 0 ? firstTriggers : secondTriggers;
      out.add(
          new EventUnit(unit.kind(), triggers.isEmpty() ? unit.triggers() : triggers, mine, true));
    }
    return out;
  }

  private static List<EventMention> nearestGroup(List<List<EventMention>> groups, EventMention t) {
    List<EventMention> best = groups.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (List<EventMention> g : groups) {
      for (EventMention o : g) {
        int d = o.span().distanceTo(t.span());
        if (d < bestDistance) {
          bestDistance = d;
          best = g;
        }
      }
    }
    return best;
  }

  /** Gives every mention to the group whose trigger is nearest. */
  static List<EventUnit> assign(
      Kind kind, List<List<EventMention>> groups, List<Mention> mentions, boolean shared) {
    List<List<Mention>> owned = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      owned.add(new ArrayList<>());
    }
    for (Mention m : mentions) {
      int best = 0;
      int bestDistance = Integer.MAX_VALUE;
      for (int i = 0; i < groups.size(); i++) {
        for (EventMention t : groups.get(i)) {
          int d = t.span().distanceTo(m.span());
          // a figure after its trigger ("bombings … that killed 131") belongs to it
          if (m instanceof CasualtyMention && m.span().start() < t.span().start()) {
            d += 40;
          }
          if (d < bestDistance) {
            bestDistance = d;
            best = i;
          }
        }
      }
      owned.get(best).add(m);
    }
    List<EventUnit> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      out.add(new EventUnit(kind, groups.get(i), owned.get(i), shared));
    }
    return out;
  }

  /** The mentions nearer to {@code mine} than to {@code theirs}. */
  private static List<Mention> near(
      List<Mention> mentions, List<EventMention> mine, List<EventMention> theirs) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (distance(m, mine) <= distance(m, theirs)) {
        out.add(m);
      }
    }
    return out;
  }

  private static int distance(Mention m, List<EventMention> triggers) {
    int best = Integer.MAX_VALUE;
    for (EventMention t : triggers) {
      best = Math.min(best, t.span().distanceTo(m.span()));
    }
    return best;
  }
}
