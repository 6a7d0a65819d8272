package org.incidex.mention;

import java.util.Objects;
import org.incidex.text.Span;

/**
 * A text saying two names name one actor: {@code Group for the Support of Islam and Muslims
 * (JNIM)}, {@code Isack Mohamed Ali, popularly known as Isack Rino}. {@code span} covers both.
 */
public record AliasMention(Span span, String name, String alias) implements Mention {
  public AliasMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
  }
}
