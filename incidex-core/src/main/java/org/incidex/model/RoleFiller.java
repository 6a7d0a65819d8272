package org.incidex.model;

import java.util.Objects;

/**
 * A participant or instrument of an incident as the text names it: {@code WEAPON "car bomb"},
 * {@code VICTIM "ignacio ellacuria"}. Exported as a field of our own ({@code roles}).
 */
public record RoleFiller(Role role, String text) {
  public RoleFiller {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
  }
}
