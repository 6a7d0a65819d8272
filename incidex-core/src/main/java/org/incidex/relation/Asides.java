package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asides of a sentence: remarks in brackets, between dashes ({@code Hezbollah -- also
 * considered a terrorist organization by the United States -- is fighting}), and comma clauses that
 * describe the name before them ({@code ISIS, which is an affiliate of …,}). A name inside an aside
 * is not the subject of the verb after it, and an aside between two names says nothing about how
 * they relate. Offsets are local to the sentence text; an aside is {@code [start, end)}.
 */
final class Asides {
  private Asides() {}

  private static final Pattern BRACKETS = Pattern.compile("\\([^()]{1,200}\\)");

  private static final Pattern DASH = Pattern.compile("\\s+(?:--|–|—)\\s+|—");

  /** A comma clause describing the name before it, closed by a comma. */
  private static final Pattern COMMA_CLAUSE =
      Pattern.compile(
          ",\\s+(?:which|who|whose|a|an|the|his|her|their|also|designated|considered|described|known|based|listed"
              + "|branded|labell?ed|better|more|popularly|commonly|widely|formerly|previously"
              + "|locally|officially|born)\\s[^,;:.\"“”()]{1,110},");

  static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = BRACKETS.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    m = DASH.matcher(text);
    List<int[]> dashes = new ArrayList<>();
    while (m.find()) {
      dashes.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i + 1 < dashes.size(); i += 2) {
      out.add(new int[] {dashes.get(i)[0], dashes.get(i + 1)[1]});
    }
    m = COMMA_CLAUSE.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** The aside that holds {@code [start, end)}, if any. */
  static int[] holding(List<int[]> asides, int start, int end) {
    for (int[] a : asides) {
      if (a[0] <= start && end <= a[1]) {
        return a;
      }
    }
    return null;
  }

  /** The text of {@code [from, to)} without the asides that lie wholly inside it. */
  static String without(String text, List<int[]> asides, int from, int to) {
    StringBuilder b = new StringBuilder();
    int at = from;
    List<int[]> inside = new ArrayList<>();
    for (int[] a : asides) {
      if (from <= a[0] && a[1] <= to) {
        inside.add(a);
      }
    }
    inside.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] a : inside) {
      if (a[0] < at) {
        continue;
      }
      b.append(text, at, a[0]).append(' ');
      at = a[1];
    }
    b.append(text, at, to);
    return b.toString().replaceAll("\\s{2,}", " ");
  }

  /** Whether {@code [start, end)} lies in an aside that lies wholly inside {@code [from, to)}. */
  static boolean cutOut(List<int[]> asides, int start, int end, int from, int to) {
    for (int[] a : asides) {
      if (from <= a[0] && a[1] <= to && a[0] <= start && end <= a[1]) {
        return true;
      }
    }
    return false;
  }
}
