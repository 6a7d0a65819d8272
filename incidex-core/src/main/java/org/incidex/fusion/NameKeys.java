package org.incidex.fusion;

import java.util.Locale;
import org.incidex.mention.actor.ActorLexicon;

/**
 * The two ways actor names compare. {@link #identity}: names that are the same name ({@code US} =
 * {@code U.S.}, {@code al Qaeda} = {@code al-Qaeda}) decide that two actors are one. {@link
 * #surface}: names that are written differently stay distinct aliases, except for case, dashes and
 * a leading article ({@code Jnim} = {@code JNIM}, {@code ISIS–K} = {@code ISIS-K}).
 */
final class NameKeys {
  private NameKeys() {}

  static String identity(String name) {
    return ActorLexicon.key(name);
  }

  static String surface(String name) {
    String s = name.strip().replaceAll("[–—‐‑‒−]", "-").replaceAll("[’‘ʼ`´]", "'");
    s = s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
