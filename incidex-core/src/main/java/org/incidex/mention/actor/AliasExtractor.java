package org.incidex.mention.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.AliasMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.text.Sentence;

/**
 * Finds the places where a text gives two names for one actor: a name with its acronym or
 * translation in brackets ({@code Group for the Support of Islam and Muslims (JNIM)}, {@code ANSF
 * (Afghan National Security Forces)}, {@code Islamic State – Khorasan Province (IS–KP or ISIS-K)}),
 * and {@code also known as}, {@code popularly known as}, {@code , or PKK}. Spans are document
 * offsets covering both names.
 */
public final class AliasExtractor implements MentionExtractor {
  /** A capitalised name of up to eight words, with the small words names contain. */
  private static final String NAME =
      "((?:\\p{Lu}[\\p{L}'’.-]*|al-\\p{Lu}[\\p{L}'’-]*)"
          + "(?:[\\s–—-]+(?:\\p{Lu}[\\p{L}'’.-]*|al-\\p{L}+|of|the|for|and|in|wa|wal|al|de|la|del|ul|e|i|[–—-])){0,8})";

  /** What may stand in the brackets: an acronym, or a quoted or capitalised name. */
  private static final String SHORT = "([\\p{Lu}][\\p{Lu}\\p{L}0-9.–—-]{0,10})";

  private static final Pattern NAME_THEN_ACRONYM =
      Pattern.compile(
          NAME + "\\s+\\((?:['\"‘“])?" + SHORT + "(?:\\s+or\\s+" + SHORT + ")?(?:['\"’”])?\\)");

  private static final Pattern NAME_THEN_TRANSLATION =
      Pattern.compile(NAME + "\\s+\\((?:['\"‘“])" + NAME + "(?:['\"’”])\\)");

  private static final Pattern ACRONYM_THEN_NAME =
      Pattern.compile("\\b" + SHORT + "\\s+\\(" + NAME + "\\)");

  private static final Pattern KNOWN_AS =
      Pattern.compile(
          NAME
              + ",?\\s+(?:also|popularly|commonly|better|widely|locally)?\\s*known as\\s+(?:the\\s+)?"
              + "[\"“']?"
              + NAME
              + "[\"”']?");

  private static final Pattern OR_ACRONYM = Pattern.compile(NAME + ",\\s+or\\s+" + SHORT + "\\b");

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    String text = sentence.text();
    List<Mention> out = new ArrayList<>();
    Matcher m = NAME_THEN_ACRONYM.matcher(text);
    while (m.find()) {
      if (looksLikeAcronymOf(m.group(2), m.group(1))) {
        out.add(alias(sentence, m, m.group(1), m.group(2)));
        if (m.group(3) != null) {
          out.add(alias(sentence, m, m.group(1), m.group(3)));
        }
      }
    }
    m = NAME_THEN_TRANSLATION.matcher(text);
    while (m.find()) {
      out.add(alias(sentence, m, m.group(1), m.group(2)));
    }
    m = ACRONYM_THEN_NAME.matcher(text);
    while (m.find()) {
      if (isAcronym(m.group(1)) && looksLikeAcronymOf(m.group(1), m.group(2))) {
        out.add(alias(sentence, m, m.group(2), m.group(1)));
      }
    }
    m = KNOWN_AS.matcher(text);
    while (m.find()) {
      out.add(alias(sentence, m, trimName(m.group(1)), trimName(m.group(2))));
    }
    m = OR_ACRONYM.matcher(text);
    while (m.find()) {
      if (isAcronym(m.group(2))) {
        out.add(alias(sentence, m, trimName(m.group(1)), m.group(2)));
      }
    }
    return out;
  }

  private static AliasMention alias(Sentence s, Matcher m, String name, String alias) {
    return new AliasMention(s.toDocument(m.start(), m.end()), trimName(name), trimName(alias));
  }

  /** Drops a leading article and trailing punctuation: "The Kurdistan Workers' Party," → name. */
  static String trimName(String name) {
    return name.strip().replaceAll("^(?:The|the)\\s+", "").replaceAll("[\\s,.;:–—-]+$", "");
  }

  static boolean isAcronym(String s) {
    String letters = s.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2
        && letters.length() <= 8
        && letters.chars().filter(Character::isUpperCase).count() >= letters.length() - 1;
  }

  /** An acronym's letters appear, in order, among the initials of the name's words. */
  static boolean looksLikeAcronymOf(String acronym, String name) {
    if (!isAcronym(acronym)) {
      return !acronym.isBlank() && Character.isUpperCase(acronym.charAt(0)) && acronym.length() > 3;
    }
    String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s–—-]+")) {
      if (!w.isEmpty()) {
        initials.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    int i = 0;
    for (char c : initials.toString().toCharArray()) {
      if (i < letters.length() && c == letters.charAt(i)) {
        i++;
      }
    }
    return i >= Math.min(letters.length(), 2) && letters.charAt(0) == initials.charAt(0);
  }
}
