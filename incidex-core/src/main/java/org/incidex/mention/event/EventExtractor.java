package org.incidex.mention.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.EventMention;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.text.Sentence;
import org.incidex.text.Span;

/**
 * Finds words that report events ({@link EventCues}) in a body sentence, and marks each as generic
 * (habitual, intended, aggregate: no single event) or definite (a reference back: {@code the
 * attack}, {@code Saturday's explosions}). Reads the sentence text only; spans are document
 * offsets. Headings and metadata give no events.
 */
public final class EventExtractor implements MentionExtractor {

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    if (!sentence.isBody()) {
      return List.of();
    }
    String text = sentence.text();
    List<int[]> taken = new ArrayList<>();
    List<Mention> out = new ArrayList<>();
    for (EventCue cue : EventCues.ALL) {
      Matcher m = cue.pattern().matcher(text);
      while (m.find()) {
        if (overlapsTaken(taken, m.start(), m.end()) || TriggerContext.isNotAnEvent(text, m)) {
          continue;
        }
        taken.add(new int[] {m.start(), m.end()});
        boolean generic =
            TriggerContext.isGeneric(text, m.start(), m.end(), cue.weak())
                || TriggerContext.isLegalProceeding(text);
        // a claim of responsibility always speaks of an event told (or named) elsewhere
        boolean definite =
            cue.name().equals("claim") || TriggerContext.isDefinite(text, m.start(), m.end());
        String cueText = m.group().toLowerCase(Locale.ROOT);
        Span span = sentence.toDocument(m.start(), m.end());
        out.add(
            new EventMention(
                span, cue.type(), cueText, cue.strength(), cue.suicide(), generic, definite));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  private static boolean overlapsTaken(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (start < t[1] && t[0] < end) {
        return true;
      }
    }
    return false;
  }
}
