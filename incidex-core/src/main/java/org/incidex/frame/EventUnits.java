package org.incidex.frame;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
          "exchange of fire|clashes|gunfire|fire ?fight|gun ?battle|shot|raids?|raided");

  private static final Pattern RAID_OPERATION = Pattern.compile(".*raid operations?");

  /**
   * Words of harm, which belong to whatever event the sentence reports ("resulted in the death").
   */
  private static final Pattern HARM =
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
      if (OPERATION_ONLY.contains(t.type()) || RAID_OPERATION.matcher(t.cue()).matches()) {
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
      for (EventUnit v : byComparison(u, text, sentenceStart)) {
        told.addAll(v.aside() ? List.of(v) : byReferenceAndNewEvent(v, text, sentenceStart));
      }
    }
    for (EventUnit u : told) {
      for (EventUnit v : byCoordinatedPlace(u, text, sentenceStart)) {
        out.addAll(byOneAndTheOther(v, text, sentenceStart));
      }
    }
    return out;
  }

  /** "the highest fatalities since the 1998 bombing": an event named to compare. */
  private static final Pattern COMPARED =
      Pattern.compile(
          "\\b(?:since|than|unlike|like|compared (?:with|to))\\s+(?:the|a|an)\\s+"
              + "(?:[\\p{L}\\d'’-]+\\s+){0,6}?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Triggers named in a comparison ("… began a massacre with the highest fatalities since the 1998
   * bombing of the US Embassy in Nairobi") are an event of their own, aside from the story.
   */
  private static List<EventUnit> byComparison(EventUnit unit, String text, int sentenceStart) {
    List<EventMention> aside = new ArrayList<>();
    for (EventMention t : unit.triggers()) {
      int start = t.span().start() - sentenceStart;
      if (t.isStrong() && COMPARED.matcher(text.substring(Math.max(0, start - 80), start)).find()) {
        aside.add(t);
      }
    }
    if (aside.isEmpty() || aside.size() == unit.triggers().size()) {
      return List.of(unit);
    }
    List<EventMention> main = new ArrayList<>(unit.triggers());
    main.removeAll(aside);
    List<EventUnit> split = assign(unit.kind(), List.of(main, aside), unit.mentions(), false);
    return List.of(split.get(0), split.get(1).asAside());
  }

  /** Words that set a new event beside the one referred to: "came a day after", "the scene of". */
  private static final Pattern BESIDE =
      Pattern.compile(
          "\\b(?:after|before|following|since|than|scene of|site of|came|comes|follows"
              + "|followed|recalled|echoed|similar to)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "a massive blast", "a man … turned his weapon": a new event introduced as such. */
  private static final Pattern INTRODUCED =
      Pattern.compile("\\b(?:a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,6}$", Pattern.CASE_INSENSITIVE);

  /**
   * "The explosion in Kabul came a day after a man … turned his weapon against ISAF members",
   * "Saturday's explosions occurred at Zobe junction, the scene of a massive blast in 2017": a
   * reference to the event told and a new event beside it are two units.
   */
  private static List<EventUnit> byReferenceAndNewEvent(
      EventUnit unit, String text, int sentenceStart) {
    List<EventMention> refs = new ArrayList<>();
    List<EventMention> fresh = new ArrayList<>();
    for (EventMention t : unit.triggers()) {
      if (t.definite() && !HARM.matcher(t.cue()).matches()) {
        refs.add(t);
      } else if (t.isStrong() && !t.definite()) {
        int start = t.span().start() - sentenceStart;
        if (INTRODUCED.matcher(text.substring(Math.max(0, start - 60), start)).find()) {
          fresh.add(t);
        }
      }
    }
    if (refs.isEmpty() || fresh.isEmpty()) {
      return List.of(unit);
    }
    EventMention ref = refs.get(0);
    EventMention neu = fresh.get(0);
    int from = Math.min(ref.span().end(), neu.span().end()) - sentenceStart;
    int to = Math.max(ref.span().start(), neu.span().start()) - sentenceStart;
    if (from >= to || !BESIDE.matcher(text.substring(from, to)).find()) {
      return List.of(unit);
    }
    List<List<EventMention>> groups = new ArrayList<>();
    List<EventMention> refGroup = new ArrayList<>(refs);
    List<EventMention> newGroup = new ArrayList<>();
    for (EventMention t : unit.triggers()) {
      if (!refGroup.contains(t)) {
        newGroup.add(t);
      }
    }
    groups.add(refGroup);
    groups.add(newGroup);
    List<EventUnit> split = assign(unit.kind(), groups, unit.mentions(), false);
    if (!SCENE.matcher(text.substring(from, to)).find()) {
      return split;
    }
    // "occurred at Zobe junction, the scene of a massive blast in 2017": one place, two events
    List<EventUnit> out = new ArrayList<>();
    for (EventUnit u : split) {
      List<Mention> ms = new ArrayList<>(u.mentions());
      for (Mention m : unit.mentions()) {
        if (m instanceof PlaceMention && !ms.contains(m)) {
          ms.add(m);
        }
      }
      ms.sort((x, y) -> x.span().compareTo(y.span()));
      out.add(new EventUnit(u.kind(), u.triggers(), ms, u.sharedFigures()));
    }
    return out;
  }

  private static final Pattern SCENE =
      Pattern.compile("\\b(?:scene|site|same place|location) of\\b", Pattern.CASE_INSENSITIVE);

  /** "… in two attacks …; one attack targeted a rally, and the other targeted a candidate". */
  private static final Pattern ONE_AND_THE_OTHER =
      Pattern.compile(
          "\\b(?:two|twin|both)\\s+(?:[\\w-]+\\s+)?(?:attacks|bombings|blasts|explosions"
              + "|shootings|assaults)\\b.*?\\bone\\b[^;.]*?,?\\s+and\\s+(?<other>the other)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Two events told in one sentence as "one … and the other …": two units, each with the targets on
   * its side; a toll given for both belongs to neither.
   */
  private static List<EventUnit> byOneAndTheOther(EventUnit unit, String text, int sentenceStart) {
    java.util.regex.Matcher m = ONE_AND_THE_OTHER.matcher(text);
    if (unit.kind() != Kind.ATTACK || !m.find()) {
      return List.of(unit);
    }
    int boundary = sentenceStart + m.start("other");
    List<Mention> first = new ArrayList<>();
    List<Mention> second = new ArrayList<>();
    for (Mention mention : unit.mentions()) {
      if (mention instanceof org.incidex.mention.TargetMention) {
        (mention.span().start() < boundary ? first : second).add(mention);
      } else {
        first.add(mention);
        second.add(mention);
      }
    }
    return List.of(
        new EventUnit(unit.kind(), unit.triggers(), first, true),
        new EventUnit(unit.kind(), unit.triggers(), second, true));
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
  private static List<EventUnit> byCoordinatedPlace(
      EventUnit unit, String text, int sentenceStart) {
    List<PlaceMention> places = new ArrayList<>();
    for (Mention m : unit.mentions()) {
      if (m instanceof PlaceMention p
          && (p.kind() == WherePrecision.TOWN
              || p.kind() == WherePrecision.DISTRICT
              || p.kind() == WherePrecision.SITE)
          && (p.preposition().equals("in") || p.preposition().equals("at"))) {
        places.add(p);
      }
    }
    if (places.size() != 2 || places.get(0).name().equals(places.get(1).name())) {
      return List.of(unit);
    }
    boolean aTown = places.stream().anyMatch(p -> p.kind() == WherePrecision.TOWN);
    if (!aTown || places.get(0).admin1().equals(places.get(1).admin1())) {
      return List.of(unit); // two sites of one city are one coordinated attack ("Bamako")
    }
    int gapStart = places.get(0).span().end() - sentenceStart;
    int gapEnd = places.get(1).span().start() - sentenceStart;
    if (gapStart < 0 || gapEnd > text.length() || gapEnd <= gapStart) {
      return List.of(unit);
    }
    String between = text.substring(gapStart, gapEnd);
    // "in Kabul and a funeral in": a conjunction, then a noun phrase of its own, then "in"
    if (!between.matches("\\s+and\\s+(?:an?|the)\\s+[\\p{L}' -]{2,40}\\s+(?:in|at)\\s*")) {
      return List.of(unit);
    }
    List<EventUnit> out = new ArrayList<>();
    for (PlaceMention p : places) {
      List<Mention> mine = new ArrayList<>();
      for (Mention m : unit.mentions()) {
        if (m instanceof PlaceMention other && other != p && places.contains(other)) {
          continue;
        }
        mine.add(m);
      }
      out.add(new EventUnit(unit.kind(), unit.triggers(), mine, true));
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
  private static List<EventUnit> assign(
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
