package org.incidex.mention.date;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named pattern and the code that reads one of its matches: the reader checks the words around
 * the match (cues, counts, titles) and says what the match states, or nothing.
 */
record DateRule(String name, Pattern pattern, DateRule.Reader reader) {
  DateRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(reader, "reader");
  }

  /** Reads one match of {@code pattern} in {@code text}. */
  @FunctionalInterface
  interface Reader {
    Optional<Found> read(String rule, Matcher match, String text);
  }

  Optional<Found> read(Matcher match, String text) {
    return reader.read(name, match, text);
  }
}
