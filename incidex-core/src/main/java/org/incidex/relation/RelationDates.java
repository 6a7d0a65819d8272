package org.incidex.relation;

import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.When;
import org.incidex.text.Sentence;

/** The dates a relation can take from its sentence: the nearest, or only one written next to it. */
final class RelationDates {
  private RelationDates() {}

  /** The sentence's date nearest to a span, for relations that are events. */
  static Optional<When> nearest(SentenceMentions sm, org.incidex.text.Span near) {
    DateMention best = null;
    for (DateMention d : sm.all(DateMention.class)) {
      if (best == null || d.span().distanceTo(near) < best.span().distanceTo(near)) {
        best = d;
      }
    }
    return Optional.ofNullable(best).map(d -> new When(d.value(), d.until()));
  }

  /** A date written next to the two names ({@code the 2020 assassination of}), not elsewhere. */
  static Optional<When> local(SentenceMentions sm, int from, int to) {
    Sentence s = sm.sentence();
    int base = s.span().start();
    for (DateMention d : sm.all(DateMention.class)) {
      int ds = d.span().start() - base;
      int de = d.span().end() - base;
      boolean inside = ds >= from - 12 && de <= to;
      boolean after = ds >= to && ds - to <= 30 && !s.text().substring(to, ds).contains(",");
      if (inside || after) {
        return Optional.of(new When(d.value(), d.until()));
      }
    }
    return Optional.empty();
  }
}
