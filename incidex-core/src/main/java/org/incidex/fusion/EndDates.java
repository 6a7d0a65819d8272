package org.incidex.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidex.mention.DateMention;
import org.incidex.mention.SentenceMentions;
import org.incidex.model.Evidence;
import org.incidex.model.Incident;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;
import org.incidex.model.When;

/**
 * Stage: the end of an event that lasted days ("The mall was officially declared secured on 24
 * September"). A sentence that says something ended, with a date later than an incident's start and
 * after its last mention, gives that incident its end; the sentence becomes a mention of it.
 * Returns new incidents.
 */
public final class EndDates {
  private static final Pattern ENDED =
      Pattern.compile(
          "\\b(?:declared (?:secure|secured|over|cleared|safe)|came to an end|was over"
              + "|ended|lasted until|was lifted|were freed|was freed|was released|were released)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Days an event may last and still be one incident (a siege of a few days). */
  private static final int MAX_DAYS = 14;

  public List<Incident> apply(List<SentenceMentions> document, List<Incident> incidents) {
    List<Incident> out = new ArrayList<>(incidents);
    for (SentenceMentions sm : document) {
      if (!sm.sentence().isBody() || !ENDED.matcher(sm.sentence().text()).find()) {
        continue;
      }
      for (DateMention d : sm.all(DateMention.class)) {
        int i = lastBefore(out, sm);
        if (i < 0) {
          continue;
        }
        Incident incident = out.get(i);
        Optional<Sourced<When>> date = incident.date();
        if (date.isEmpty() || date.get().value().end().isPresent()) {
          continue;
        }
        var start = date.get().value().start();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start.last(), d.value().first());
        if (days <= 0 || days > MAX_DAYS || d.value().precision() != start.precision()) {
          continue;
        }
        When when = new When(start, Optional.of(d.value()));
        List<SentenceRef> mentions = new ArrayList<>(incident.mentions());
        mentions.add(
            new SentenceRef(sm.sentence().docId(), sm.sentence().span(), sm.sentence().text()));
        out.set(
            i,
            new Incident(
                incident.id(),
                incident.kind(),
                incident.type(),
                Optional.of(new Sourced<>(when, new Evidence(sm.sentence().docId(), d.span()))),
                incident.location(),
                incident.locationEvidence(),
                incident.perpetrators(),
                incident.suspected(),
                incident.targets(),
                incident.killed(),
                incident.wounded(),
                incident.casualties(),
                incident.suicide(),
                mentions,
                incident.notes()));
      }
    }
    return out;
  }

  /** The incident whose last mention comes latest before the sentence. */
  private static int lastBefore(List<Incident> incidents, SentenceMentions sm) {
    int best = -1;
    int bestEnd = -1;
    for (int i = 0; i < incidents.size(); i++) {
      for (SentenceRef m : incidents.get(i).mentions()) {
        if (m.docId().equals(sm.sentence().docId())
            && m.span().end() <= sm.sentence().span().start()
            && m.span().end() > bestEnd) {
          bestEnd = m.span().end();
          best = i;
        }
      }
    }
    return best;
  }
}
