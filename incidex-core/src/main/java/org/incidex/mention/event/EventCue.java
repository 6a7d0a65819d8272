package org.incidex.mention.event;

import java.util.Objects;
import java.util.regex.Pattern;
import org.incidex.model.IncidentType;

/**
 * One way a text reports an event: a pattern (matched case-insensitively on word boundaries), the
 * incident type it signals, whether it says the attack was a suicide attack, and its strength: a
 * weak cue ({@code killed}, {@code attacked}) reports an event only with other evidence.
 */
record EventCue(String name, Pattern pattern, IncidentType type, boolean suicide, boolean weak) {
  EventCue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(type, "type");
  }

  static EventCue strong(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, false, false);
  }

  static EventCue suicide(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, true, false);
  }

  static EventCue weak(String name, String regex, IncidentType type) {
    return new EventCue(name, compile(regex), type, false, true);
  }

  static Pattern compile(String regex) {
    return Pattern.compile(
        "(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
