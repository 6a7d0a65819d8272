package org.incidex.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.ActorMention;
import org.incidex.text.Sentence;

/**
 * The actor names of a sentence as pair rules see them: in text order, local offsets, a name inside
 * another left to the outer one, and a name with its bracketed alias ({@code Quds Force (QF)},
 * {@code Islamic State – Khorasan Province (IS–KP or ISIS-K)}) taken as one.
 */
final class Slots {
  private Slots() {}

  private static final Pattern BRACKET_OPEN = Pattern.compile("^\\s*\\(\\s*['\"‘“]?");
  private static final Pattern BRACKET_NEXT = Pattern.compile("^['\"’”]?\\s*(?:or|,)\\s*");
  private static final Pattern BRACKET_CLOSE = Pattern.compile("^['\"’”]?\\s*\\)");

  /** A name as pair rules see it: local offsets, with any bracketed alias taken in. */
  record Slot(ActorMention mention, int start, int end) {}

  /** Local slots in text order: nested names dropped, bracketed aliases taken into their name. */
  static List<Slot> of(Sentence s, List<ActorMention> mentions) {
    int base = s.span().start();
    String text = s.text();
    List<ActorMention> outer = new ArrayList<>();
    for (ActorMention m : mentions) {
      boolean nested = false;
      for (ActorMention o : mentions) {
        nested |= o != m && o.span().contains(m.span()) && !o.span().equals(m.span());
      }
      if (!nested) {
        outer.add(m);
      }
    }
    outer.sort((x, y) -> x.span().compareTo(y.span()));
    List<Slot> out = new ArrayList<>();
    for (int i = 0; i < outer.size(); i++) {
      ActorMention m = outer.get(i);
      int start = m.span().start() - base;
      int end = m.span().end() - base;
      Matcher open = BRACKET_OPEN.matcher(text.substring(end));
      if (open.find()) {
        int at = end + open.end();
        int k = i + 1;
        while (k < outer.size()
            && outer.get(k).span().start() - base == at
            && outer.get(k).name().equals(m.name())) {
          at = outer.get(k).span().end() - base;
          Matcher next = BRACKET_NEXT.matcher(text.substring(at));
          if (k + 1 < outer.size() && next.find()) {
            at += next.end();
          }
          k++;
        }
        Matcher close = BRACKET_CLOSE.matcher(text.substring(Math.min(at, text.length())));
        if (k > i + 1 && close.find()) {
          end = at + close.end();
          i = k - 1;
        }
      }
      out.add(new Slot(m, start, end));
    }
    return out;
  }
}
