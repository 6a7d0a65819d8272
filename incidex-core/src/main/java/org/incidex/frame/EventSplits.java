package org.incidex.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.PlaceMention;
import org.incidex.model.Kind;

/**
 * Sentences that tell two events where the triggers alone would make one: an event named to compare
 * ("the deadliest since the 1998 embassy bombing"), a reference beside a new event ("The explosion
 * in Kabul came a day after a man … turned his weapon"), and "one … and the other …".
 */
final class EventSplits {
  private EventSplits() {}

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
  static List<EventUnit> byComparison(EventUnit unit, String text, int sentenceStart) {
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
    List<EventUnit> split =
        EventUnits.assign(unit.kind(), List.of(main, aside), unit.mentions(), false);
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
  static List<EventUnit> byReferenceAndNewEvent(EventUnit unit, String text, int sentenceStart) {
    List<EventMention> refs = new ArrayList<>();
    List<EventMention> fresh = new ArrayList<>();
    for (EventMention t : unit.triggers()) {
      if (t.definite() && !EventUnits.HARM.matcher(t.cue()).matches()) {
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
    List<EventUnit> split = EventUnits.assign(unit.kind(), groups, unit.mentions(), false);
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
  static List<EventUnit> byOneAndTheOther(EventUnit unit, String text, int sentenceStart) {
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
}
