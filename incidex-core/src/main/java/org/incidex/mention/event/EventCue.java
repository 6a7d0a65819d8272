package org.incidex.mention.event;

import java.util.Objects;
import java.util.regex.Pattern;
import org.incidex.mention.Strength;
import org.incidex.model.IncidentType;

/**
 * One way a text reports an event: a pattern (matched case-insensitively on word boundaries), the
 * incident type it signals, whether it says the attack was a suicide attack, and its strength: a
 * weak cue ({@code killed}, {@code attacked}) reports an event only with other evidence; an agent
 * cue ({@code gunmen}, {@code grenades}) only types an event other words report.
 */
record EventCue(
    String name, Pattern pattern, IncidentType type, boolean suicide, Strength strength) {
  EventCue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(strength, "strength");
  }

  boolean weak() {
    return strength != Strength.STRONG;
  }

  static EventCue agent(String name, String regex, IncidentType type, boolean suicide) {
    return new EventCue(name, compile(regex), type, suicide, Strength.AGENT);
  }

  static EventCue strong(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, false, Strength.STRONG);
  }

  static EventCue suicide(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, true, Strength.STRONG);
  }

  static EventCue weak(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, false, Strength.WEAK);
  }

  static Pattern compile(String regex) {
    return Pattern.compile(
        "(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
