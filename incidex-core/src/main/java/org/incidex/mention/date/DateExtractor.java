package org.incidex.mention.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.text.SegmentKind;
import org.incidex.text.Sentence;

/**
 * Stage: finds the dates of a sentence and places them on the calendar.
 *
 * <p>Reads the sentence's text, the document's publication date, and the document's earlier
 * sentences (never later ones): those are scanned in order to build the anchors that year-less and
 * relative dates need (see {@link DateAnchors}). Headings count as earlier text. Metadata lines (a
 * {@code date 2022-10-29} line, a wire dateline such as {@code san salvador, 3 jan 90 (radio
 * venceremos) --}) count only when the document has no publication date: otherwise they repeat it,
 * and as a narrative anchor they would override the publication rules ("In December" in a report of
 * October 2022 is December 2021).
 *
 * <p>Returns one {@link DateMention} per date expression it can place, in text order. Each span is
 * the expression's exact range in the original document (the sentence's start plus the offset in
 * its text), inside the sentence's span; prepositions before a date ({@code on}, {@code in}, {@code
 * since}) are not part of it, while {@code the morning of}, {@code early} and a range's {@code
 * from} or {@code between} are. An expression it cannot place ({@code On April 21} in a text with
 * no year anywhere, {@code on Tuesday} without a publication date) gives no mention.
 */
public final class DateExtractor implements MentionExtractor {
  private final DateScanner scanner = new DateScanner();
  private final DateResolver resolver = new DateResolver();

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    DateAnchors anchors = DateAnchors.of(context.published());
    boolean readMetadata = context.published().isEmpty();
    for (Sentence earlier : context.sentences()) {
      if (earlier.span().end() <= sentence.span().start()
          && (readMetadata || earlier.kind() != SegmentKind.METADATA)
          && earlier.docId().equals(sentence.docId())) {
        anchors = read(earlier, anchors, new ArrayList<>());
      }
    }
    List<Mention> out = new ArrayList<>();
    read(sentence, anchors, out);
    return List.copyOf(out);
  }

  /** Scans one sentence in order, adding its placed dates to {@code out}; the anchors after it. */
  private DateAnchors read(Sentence sentence, DateAnchors anchors, List<Mention> out) {
    DateAnchors current = anchors;
    for (Found found : scanner.scan(sentence.text(), DateScanner.Mode.RUNNING_TEXT)) {
      Optional<ResolvedDate> resolved = resolver.resolve(found.expression(), current);
      resolved.ifPresent(
          r ->
              out.add(
                  new DateMention(
                      sentence.toDocument(found.start(), found.end()),
                      r.value(),
                      r.until(),
                      r.relative())));
      current = current.after(found, resolved);
    }
    return current;
  }
}
