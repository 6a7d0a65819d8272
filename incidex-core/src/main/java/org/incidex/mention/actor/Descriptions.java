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
 * militant group}, {@code the militants}, {@code the jihadists}, and a sentence-opening {@code It}
 * before a verb only an organisation does ({@code It was founded by}). A description followed
 * directly by a name ({@code the Islamist group al-Shabaab}) is an apposition, not a reference.
 */
final class Descriptions {
  private Descriptions() {}

  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "\\b[Tt]he\\s+(?:(?:militant|extremist|islamist|jihadist|insurgent|terrorist|armed|rebel"
              + "|radical|sunni|shia|islamic|somali|kurdish|[\\p{L}-]+-(?:linked|affiliated|based|aligned"
              + "|backed|allied|led|inspired))\\s+)"
              + "{0,2}(?:group|organi[sz]ation|militants|jihadists|insurgents|rebels|movement"
              + "|outfit|network|militia)(?![\\p{L}-])");

  /**
   * "It" opening a sentence, before a verb only an organisation does ("It was founded by", "It
   * pledged allegiance"): the group the text is about.
   */
  private static final Pattern IT =
      Pattern.compile(
          "^It(?=\\s+(?:(?:is|was|has\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:founded|formed"
              + "|established|created|led|headed|designated|based|banned|listed|responsible)\\b"
              + "|(?:has\\s+|had\\s+|later\\s+|also\\s+)?(?:claimed|pledged|swore|joined|split"
              + "|merged|broke|operates|controls|emerged|recruits|fights|fought|waged|wages"
              + "|carried|kidnapped|changed|renamed|declared|announced)\\b))");

  /** "Its first emir was …", "Their founder, …": the group the text is about, owning a post. */
  private static final Pattern ITS_POST =
      Pattern.compile(
          "\\b(?:Its|Their|its|their)(?=\\s+(?:(?:first|former|current|new|founding|late|top|senior"
              + "|then|longtime|supreme)\\s+)*(?:leaders?|founders?|emirs?|amirs?|chiefs?|heads?"
              + "|commanders?|spokes(?:man|woman|person)|deputy|caliph|co-founders?)\\b)");

  /** A name right after the description makes it an apposition. */
  private static final Pattern NAME_AFTER = Pattern.compile("^\\s+(?:[A-Z]|al-|al\\s)");

  static List<ActorMention> find(Sentence sentence) {
    String text = sentence.text();
    List<ActorMention> out = new ArrayList<>();
    Matcher it = IT.matcher(text);
    if (it.find()) {
      out.add(
          new ActorMention(
              sentence.toDocument(it.start(), it.end()),
              it.group(),
              Optional.empty(),
              ActorType.ORGANIZATION,
              ActorClass.ARMED_GROUP,
              true));
    }
    Matcher its = ITS_POST.matcher(text);
    while (its.find()) {
      out.add(
          new ActorMention(
              sentence.toDocument(its.start(), its.end()),
              its.group(),
              Optional.empty(),
              ActorType.ORGANIZATION,
              ActorClass.ARMED_GROUP,
              true));
    }
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
