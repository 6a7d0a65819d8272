package org.incidex.model;

import java.util.Objects;

/** A value with the evidence for it. */
public record Sourced<T>(T value, Evidence from) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
  }
}
