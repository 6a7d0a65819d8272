package org.incidex.place;

import java.util.Objects;

/** A gazetteer entry found by name; {@code alternate} when the name is not its primary name. */
public record NameMatch(GazetteerEntry entry, boolean alternate) {
  public NameMatch {
    Objects.requireNonNull(entry, "entry");
  }
}
