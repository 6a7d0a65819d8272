package org.incidex.model;

import java.util.Objects;
import java.util.Optional;

/** When something happened or held: a start, and an end for spans ({@code 2014 – 2019}). */
public record When(DateValue start, Optional<DateValue> end) {
  public When {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public static When at(DateValue start) {
    return new When(start, Optional.empty());
  }
}
