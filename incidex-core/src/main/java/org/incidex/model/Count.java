package org.incidex.model;

import java.util.Objects;

/** A number of people as the text gives it: {@code over 170} is {@code Count(170, OVER)}. */
public record Count(int value, Qualifier qualifier) {
  public Count {
    Objects.requireNonNull(qualifier, "qualifier");
    if (value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
  }

  public static Count exact(int value) {
    return new Count(value, Qualifier.EXACT);
  }

  @Override
  public String toString() {
    return switch (qualifier) {
      case EXACT -> Integer.toString(value);
      case AT_LEAST -> "at least " + value;
      case OVER -> "over " + value;
      case ABOUT -> "about " + value;
      case UP_TO -> "up to " + value;
    };
  }
}
