package org.incidex.mention.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.TargetMention;
import org.incidex.model.Target;
import org.incidex.text.Sentence;

/**
 * Finds what an attack targeted: a target noun ({@link TargetCues}) counts only in a target role,
 * that is after a word that aims or strikes ({@code attacked}, {@code targeting}, {@code against},
 * {@code at}, {@code killing}, {@code including}) within the same clause, or as the subject of
 * {@code were killed / wounded}. Where an attack happened ({@code in a neighborhood}, {@code near
 * the consulate}) is not what it targeted. Spans are document offsets.
 */
public final class TargetExtractor implements MentionExtractor {
  private static final List<Map.Entry<Pattern, Target>> PATTERNS = compile();

  /** Words that put the noun after them in a target role. */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:attack(?:ed|s|ing)?(?: on| against)?|assault(?:ed)? on|target(?:ed|ing|s)?|against"
              + "|struck|strike on|hit|hits|rocked|stormed|storming|into|through|at|fire on|fired on"
              + "|raid on|bomb(?:ed|ing)"
              + " of|attack on|killing|killed|wounding|wounded|injuring|injured|including|included"
              + "|kidnapped|abducted|shot|ambushed|raided|seized|torched|burned|set fire to"
              + "|transporting|carrying|mourning|among|outside|inside|aimed at|directed at"
              + "|(?:siege|bombing|storming|shelling|raid|assault|attack) (?:on|of|at|against))\\b"
              + "[^,;:!?()]{0,50}$", // a period inside a sentence is an abbreviation
          Pattern.CASE_INSENSITIVE);

  /** Words that mark the noun as a place or background, not a target. */
  private static final Pattern NOT_ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:near|close to|neighbou?rhood|area|district|city|town|region|province|where|from"
              + "|by|with|whose|his|her|who|which|later|suspected (?:of|to)|instead of|in hospital"
              + "|to hospital)\\b[^,;:.!?]{0,25}$",
          Pattern.CASE_INSENSITIVE);

  /** Victims as the subject: "Ten Afghan civilians were killed". */
  private static final Pattern VICTIM_AFTER =
      Pattern.compile(
          "^[^;.]{0,70}?\\b(?:were|was|had been|have been|are)\\s+(?:\\w+\\s+)?(?:killed|wounded"
              + "|injured|hurt|shot|kidnapped|abducted|attacked|targeted|bombed|hit|struck"
              + "|among the (?:dead|wounded|victims))\\b"
              + "|^\\s+(?:killed|wounded|injured|dead)\\b",
          Pattern.CASE_INSENSITIVE);

  private static List<Map.Entry<Pattern, Target>> compile() {
    List<Map.Entry<Pattern, Target>> out = new ArrayList<>();
    for (Map.Entry<String, Target> e : TargetCues.CUES.entrySet()) {
      out.add(
          Map.entry(
              Pattern.compile(
                  "(?<![\\p{L}\\d])(?:" + e.getKey() + ")(?![\\p{L}\\d])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              e.getValue()));
    }
    return List.copyOf(out);
  }

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    String text = sentence.text();
    boolean[] taken = new boolean[text.length()];
    List<Mention> out = new ArrayList<>();
    for (Map.Entry<Pattern, Target> e : PATTERNS) {
      Matcher m = e.getKey().matcher(text);
      while (m.find()) {
        if (isTaken(taken, m.start(), m.end())) {
          continue;
        }
        mark(taken, m.start(), m.end());
        if (inTargetRole(text, m.start(), m.end())) {
          out.add(
              new TargetMention(
                  sentence.toDocument(m.start(), m.end()),
                  e.getValue(),
                  m.group().toLowerCase(Locale.ROOT)));
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  static boolean inTargetRole(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 80), start);
    String after = text.substring(end, Math.min(text.length(), end + 50));
    if (VICTIM_AFTER.matcher(after).find()) {
      return true;
    }
    Matcher role = ROLE_BEFORE.matcher(before);
    if (!role.find()) {
      return false;
    }
    Matcher not = NOT_ROLE_BEFORE.matcher(before);
    return !(not.find() && not.start() > role.start());
  }

  private static boolean isTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }
}
