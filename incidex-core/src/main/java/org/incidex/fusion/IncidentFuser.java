package org.incidex.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.incidex.frame.IncidentFrame;
import org.incidex.model.Incident;

/**
 * Stage: fuses a document's frames into incidents, one per real-world event. Reads frames in
 * document order and returns new incidents; changes nothing it receives.
 *
 * <ul>
 *   <li>Within a document, a reference frame ({@code the attack}) joins the event told last (of its
 *       kind); {@code both} joins the last two. A new account joins an earlier event when nothing
 *       conflicts and something positive agrees: the same day, or the same place at a compatible
 *       date (the seed tells the Kerman bombing twice, far apart).
 * </ul>
 *
 * Incidents of different documents are merged later, by {@link IncidentMerger}.
 */
public final class IncidentFuser {
  private static final Pattern BOTH = Pattern.compile("\\bboth\\b", Pattern.CASE_INSENSITIVE);

  private final IncidentBuilder builder = new IncidentBuilder();

  public List<Incident> fuse(List<IncidentFrame> frames) {
    Map<String, List<IncidentFrame>> byDoc = new LinkedHashMap<>();
    for (IncidentFrame f : frames) {
      byDoc.computeIfAbsent(f.docId(), k -> new ArrayList<>()).add(f);
    }
    List<Draft> drafts = new ArrayList<>();
    for (List<IncidentFrame> doc : byDoc.values()) {
      drafts.addAll(fuseDocument(doc));
    }
    return builder.build(drafts);
  }

  private static List<Draft> fuseDocument(List<IncidentFrame> frames) {
    List<Draft> drafts = new ArrayList<>();
    Draft last = null;
    for (IncidentFrame f : frames) {
      if (f.reference()) {
        List<Draft> targets = referents(drafts, f);
        if (!targets.isEmpty()) {
          targets.forEach(d -> d.frames.add(f));
          last = targets.get(targets.size() - 1);
          continue;
        }
        if (!hasContent(f)) {
          continue;
        }
        last = new Draft(f);
        drafts.add(last);
        continue;
      }
      Draft match = null;
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft d = drafts.get(i);
        if (hasSentence(d, f)) {
          continue; // the sentence itself told these apart ("in Kabul and … in Kuz Kunar")
        }
        if (Compatibility.frameFits(d, f) && agrees(d, f)) {
          match = d;
          break;
        }
      }
      if (match == null
          && last != null
          && !f.aside()
          && !hasSentence(last, f)
          && continues(last, f)) {
        match = last;
      }
      if (match != null) {
        match.frames.add(f);
        last = f.aside() ? last : match;
      } else if (f.aside()) {
        drafts.add(new Draft(f)); // named to compare: the story goes on about the event before
      } else {
        Draft created = new Draft(f);
        if (f.place().isEmpty() && last != null && SAME_AREA.matcher(f.sentence().text()).find()) {
          created.inherited = last.place(); // "launched search operations in the area"
        }
        last = created;
        drafts.add(last);
      }
    }
    return drafts;
  }

  private static boolean hasSentence(Draft d, IncidentFrame f) {
    return d.frames.stream().anyMatch(g -> !g.reference() && g.sentence().equals(f.sentence()));
  }

  /** Characters between two sentences within which an undated account continues the story. */
  private static final int NEARBY = 350;

  /**
   * An account that names no date of its own, told right after an event it does not contradict,
   * goes on telling that event ("…killed in an attack in Kabul. The Taliban claimed responsibility
   * for a suicide car bombing…").
   */
  private static boolean continues(Draft last, IncidentFrame f) {
    // an account with a date of its own continues only an event told without one yet
    if (f.date().isPresent() && last.date().isPresent()) {
      return false;
    }
    if (!Compatibility.frameFits(last, f) || Compatibility.saysAnother(f)) {
      return false;
    }
    IncidentFrame previous = last.frames.get(last.frames.size() - 1);
    int gap = f.sentence().span().start() - previous.sentence().span().end();
    if (gap > NEARBY) {
      return false;
    }
    if (NAMED_DAY.matcher(f.sentence().text()).find() && !f.reference()) {
      return false; // "On May 24, …": a day of its own, even one we cannot place in a year
    }
    if (otherWeekday(last, f)) {
      return false; // "…died Tuesday in two attacks. And on Monday, an explosion killed 18…"
    }
    return f.place().isEmpty()
        || last.place().isEmpty()
        || Compatibility.sameName(last.place().get(), f.place().get())
        || Compatibility.within(f.place().get(), last.place().get())
        || Compatibility.within(last.place().get(), f.place().get())
        || last.place().get().kind() != f.place().get().kind();
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** The new account names a weekday the event's accounts do not. */
  private static boolean otherWeekday(Draft last, IncidentFrame f) {
    java.util.Optional<String> day = eventWeekday(f.sentence().text());
    if (day.isEmpty()) {
      return false;
    }
    boolean anyDay = false;
    for (IncidentFrame g : last.frames) {
      java.util.Optional<String> other = eventWeekday(g.sentence().text());
      if (other.isPresent()) {
        anyDay = true;
        if (other.equals(day)) {
          return false;
        }
      }
    }
    return anyDay;
  }

  /** Words of saying around a weekday: "sources said Tuesday" dates the report. */
  private static final Pattern SAID_DAY =
      Pattern.compile(
          "\\b(?:said|says|told|announced|reported|confirmed)\\s+(?:on\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SAID_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:said|says|told|announced|reported|claimed|confirmed)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The first weekday in a sentence that is not the day something was said. */
  private static java.util.Optional<String> eventWeekday(String text) {
    java.util.regex.Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 25), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
      if (!SAID_DAY.matcher(before).find() && !SAID_AFTER.matcher(after).find()) {
        return java.util.Optional.of(m.group(1));
      }
    }
    return java.util.Optional.empty();
  }

  /** Words that place an event where the one told before happened. */
  private static final Pattern SAME_AREA =
      Pattern.compile(
          "\\b(?:in|around|near|across) the (?:same )?(?:area|city|town|capital|region|vicinity"
              + "|district|neighbou?rhood)\\b|\\bnearby\\b|\\bthere\\b",
          Pattern.CASE_INSENSITIVE);

  /** A day or month named in a sentence ("On April 21", "In October"). */
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "\\b(?:[Oo]n|[Ii]n)\\s+(?:early\\s+|late\\s+|mid-)?(?:January|February|March"
              + "|April|May|June|July|August|September|October|November|December)\\b");

  /** The events a reference frame points back to: the last of its kind, or the last two. */
  private static List<Draft> referents(List<Draft> drafts, IncidentFrame f) {
    List<Draft> fitting = new ArrayList<>();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.kind() == f.kind() && Compatibility.typesCompatible(d.type(), f.type())) {
        fitting.add(d);
      }
    }
    if (fitting.isEmpty()) {
      return List.of();
    }
    if (BOTH.matcher(f.sentence().text()).find() && fitting.size() >= 2) {
      return List.of(fitting.get(1), fitting.get(0));
    }
    if (f.place().isPresent()) {
      // "the explosions in Kampala": the last event at that place, if another came since
      for (Draft d : fitting) {
        if (d.place().isPresent() && Compatibility.sameName(d.place().get(), f.place().get())) {
          return List.of(d);
        }
      }
      List<Draft> compatible =
          fitting.stream()
              .filter(d -> Compatibility.placesCompatible(d.place(), f.place()))
              .toList();
      // else a place the event is not at ("the injured were airlifted to hospitals in Islamabad")
      return compatible.isEmpty() ? List.of() : List.of(compatible.get(0));
    }
    return List.of(fitting.get(0));
  }

  /** A reference with nothing to refer to is kept only when it says something concrete. */
  private static boolean hasContent(IncidentFrame f) {
    return f.killed().isPresent() || f.wounded().isPresent() || !f.attributions().isEmpty();
  }

  /** Positive evidence that a new account is an event already told. */
  private static boolean agrees(Draft d, IncidentFrame f) {
    if (Compatibility.sameDay(d.date(), f.date())) {
      return true;
    }
    boolean samePlace =
        d.place().isPresent()
            && f.place().isPresent()
            && Compatibility.sameName(d.place().get(), f.place().get());
    boolean dated = d.date().isPresent() || f.date().isPresent();
    return samePlace && dated && Draft.datesCompatible(d.date(), f.date());
  }
}
