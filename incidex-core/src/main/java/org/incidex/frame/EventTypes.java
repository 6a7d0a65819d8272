package org.incidex.frame;

import java.util.regex.Pattern;
import org.incidex.mention.EventMention;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.text.Sentence;

/**
 * An event's type from its triggers, by GTD's hierarchy: the highest type wins, a raid by militants
 * is an armed assault, an exchange of fire with forces a raid, and killing a prominent person (a
 * lawmaker, a governor, a judge) an assassination.
 */
final class EventTypes {
  private EventTypes() {}

  /** The highest type of the unit's triggers in GTD's hierarchy (UNKNOWN for weak cues only). */
  static IncidentType of(Sentence sentence, EventUnit unit) {
    IncidentType best = null;
    boolean namedOperation =
        unit.triggers().stream()
            .anyMatch(
                t -> t.type().kind() == Kind.SECURITY_OPERATION && t.type() != IncidentType.ARREST);
    boolean arrest = unit.triggers().stream().anyMatch(t -> t.type() == IncidentType.ARREST);
    boolean otherOperation =
        unit.triggers().stream().anyMatch(t -> t.type() == IncidentType.OTHER_OPERATION);
    for (EventMention t : unit.triggers()) {
      IncidentType candidate = t.type();
      if (unit.kind() == Kind.ATTACK && candidate == IncidentType.AIRSTRIKE) {
        candidate = IncidentType.BOMBING; // explosives dropped from a group's drones
      } else if (unit.kind() == Kind.ATTACK && candidate.kind() != Kind.ATTACK) {
        candidate = IncidentType.ARMED_ASSAULT; // a raid by militants
      }
      if (unit.kind() == Kind.SECURITY_OPERATION && candidate.kind() != Kind.SECURITY_OPERATION) {
        if (namedOperation) {
          continue; // "killed three militants in a shootout": the operation's own words type it
        }
        // an exchange of fire with forces who came to arrest is a raid; a clash with them, their
        // operation
        candidate = arrest ? IncidentType.RAID : IncidentType.OTHER_OPERATION;
      }
      best = best == null ? candidate : IncidentType.higher(best, candidate);
    }
    if (best == IncidentType.ARREST && otherOperation) {
      return IncidentType.OTHER_OPERATION; // "killed 12 … and arrested four": more than an arrest
    }
    if (best != null
        && unit.kind() == Kind.ATTACK
        && best.rank() < IncidentType.ASSASSINATION.rank()
        && killsAProminentPerson(sentence)) {
      return IncidentType.ASSASSINATION; // GTD: an attack to kill a specific, prominent person
    }
    return best == null ? IncidentType.UNKNOWN : best;
  }

  /** Titles of people whose killing GTD codes as an assassination. */
  private static final String PROMINENT =
      "(?:lawmaker|legislator|member of parliament|parliament member|mp|minister|governor|mayor"
          + "|judge|prosecutor|senator|deputy|candidate|president|prime minister|ambassador"
          + "|police chief|army chief|general|provincial chief|district chief|tribal elder|cleric"
          + "|imam|journalist)";

  private static final Pattern PROMINENT_KILLED =
      Pattern.compile(
          "\\b(?:killing|killed|assassinated|shot dead|shot and killed|murdered)\\s+"
              + "(?:the\\s+|a\\s+|an\\s+|one\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
              + PROMINENT
              + "\\b"
              + "|\\b"
              + PROMINENT
              + "\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,4}[^.;]{0,80}?\\bkilling (?:him|her)\\b",
          Pattern.CASE_INSENSITIVE);

  private static boolean killsAProminentPerson(Sentence sentence) {
    return PROMINENT_KILLED.matcher(sentence.text()).find();
  }
}
