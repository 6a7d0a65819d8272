package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;
import org.incidex.mention.ActorMention;
import org.incidex.model.ActorType;
import org.incidex.text.Sentence;

/**
 * Descriptions that refer back to an armed group named before: {@code the group}, {@code the
 * militant group}, {@code the militants}, {@code the jihadists}. A description followed directly by
 * a name ({@code the Islamist group al-Shabaab}) is an apposition, not a reference.
 */
final class Descriptions {
  private Descriptions() {}

  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:(?:militant|extremist|islamist|jihadist|insurgent|terrorist|armed|rebel"
              + "|radical|sunni|shia|islamic|somali|kurdish|[\\p{L}-]+-(?:linked|affiliated|based))\\s+)"
              + "{0,2}(?:group|organi[sz]ation|militants|jihadists|insurgents|rebels|movement"
              + "|outfit|network|militia)(?![\\p{L}-])");

  /** A name right after the description makes it an apposition. */
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(?:[A-Z]|al-|al\\s)");

  static List<ActorMention> find(Sentence sentence) {
    String text = sentence.text();
    List<ActorMention> out = new ArrayList<>();
    Matcher m = DESCRIPTION.matcher(text);
    while (m.find()) {
      if (NAME_AFTER.matcher(text.substring(m.end())).find()) {
        continue;
      }
      out.add(
          new ActorMention(
              sentence.toDocument(m.start(), m.end()),
              m.group(),
              Optional.empty(),
              ActorType.ORGANIZATION,
              ActorClass.ARMED_GROUP,
              true));
    }
    return out;
  }
}
