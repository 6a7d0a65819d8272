package org.incidex.mention;

import java.util.Objects;
import org.incidex.model.Role;
import org.incidex.text.Span;

/**
 * A phrase that names a participant or instrument of an act in a role ({@link Role}): {@code text}
 * is the phrase as written, {@code head} its head word in lower case ({@code bomb} of {@code car
 * bomb}), and {@code cue} the word or pattern that gave the role ({@code by}, {@code killed},
 * {@code weapon}), so that a reader can see why.
 */
public record RoleMention(Span span, Role role, String text, String head, String cue)
    implements Mention {
  public RoleMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(cue, "cue");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("role text \"" + text + "\" does not fit span " + span);
    }
  }
}
