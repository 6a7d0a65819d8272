package org.incidex.mention.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.incidex.mention.ActorClass;

/**
 * Known actors (armed groups, state forces) and their names, read from tab-separated resources:
 * {@code canonical <TAB> class <TAB> alias | alias | …}. Names compare by {@link #key}: case,
 * dashes and apostrophes do not matter, except that short acronyms ({@code IS}, {@code TAK}) must
 * match as written, so the verb "is" is never Islamic State.
 */
public final class ActorLexicon {
  private static final List<String> RESOURCES = List.of("armed-groups.tsv", "state-forces.tsv");

  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byKey = new LinkedHashMap<>();

  /** Every name with its entry, longest first, for scanning text. */
  private final List<Map.Entry<String, LexiconEntry>> names = new ArrayList<>();

  public ActorLexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    for (LexiconEntry e : this.entries) {
      add(e.canonical(), e);
      for (String alias : e.aliases()) {
        add(alias, e);
      }
    }
    names.sort(
        Comparator.comparingInt((Map.Entry<String, LexiconEntry> n) -> n.getKey().length())
            .reversed());
  }

  /** The lexicon shipped with Incidex. */
  public static ActorLexicon standard() {
    List<LexiconEntry> all = new ArrayList<>();
    for (String resource : RESOURCES) {
      all.addAll(read(resource));
    }
    return new ActorLexicon(all);
  }

  private void add(String name, LexiconEntry e) {
    byKey.putIfAbsent(key(name), e);
    names.add(Map.entry(name, e));
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  /** Names with their entries, longest first. */
  List<Map.Entry<String, LexiconEntry>> names() {
    return names;
  }

  public Optional<LexiconEntry> lookup(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** A comparison key: lower case, no diacritics, dashes and apostrophes and spaces removed. */
  public static String key(String name) {
    String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    String k = b.toString();
    return k.startsWith("the") && name.toLowerCase(Locale.ROOT).startsWith("the ")
        ? k.substring(3)
        : k;
  }

  /** Short all-capital names must match case-sensitively ("IS", "TAK", "ELN"). */
  static boolean isAcronym(String name) {
    String letters = name.replaceAll("[^\\p{L}]", "");
    return letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  private static List<LexiconEntry> read(String resource) {
    List<LexiconEntry> out = new ArrayList<>();
    try (InputStream in = ActorLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalStateException(resource + ": bad line: " + line);
        }
        List<String> aliases =
            cols.length > 2
                ? Arrays.stream(cols[2].split("\\|"))
                    .map(String::strip)
                    .filter(a -> !a.isEmpty())
                    .toList()
                : List.of();
        out.add(new LexiconEntry(cols[0].strip(), actorClass(cols[1].strip()), aliases));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static ActorClass actorClass(String code) {
    return switch (code) {
      case "armed_group" -> ActorClass.ARMED_GROUP;
      case "state" -> ActorClass.STATE;
      default -> ActorClass.OTHER;
    };
  }
}
