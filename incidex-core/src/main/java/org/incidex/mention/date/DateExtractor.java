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
    List<Mention> out = new ArrayList<>();
    read(sentence, context.memo(this, this::progression).before(sentence), out);
    return List.copyOf(out);
  }

  /**
   * The anchors after each of the document's sentences, read once in text order: {@code ends[i]} is
   * where the i-th counted sentence ends and {@code after[i]} the anchors once it is read.
   */
  private record Progression(DateAnchors start, int[] ends, DateAnchors[] after) {
    /** The anchors from every counted sentence that ends before {@code sentence} begins. */
    DateAnchors before(Sentence sentence) {
      int at = sentence.span().start();
      int lo = 0;
      int hi = ends.length; // first index whose end is after the sentence's start
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= at) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo == 0 ? start : after[lo - 1];
    }
  }

  private Progression progression(DocumentContext context) {
    DateAnchors start = DateAnchors.of(context.published());
    boolean readMetadata = context.published().isEmpty();
    List<Sentence> counted =
        context.sentences().stream()
            .filter(s -> readMetadata || s.kind() != SegmentKind.METADATA)
            .sorted(java.util.Comparator.comparingInt((Sentence s) -> s.span().end()))
            .toList();
    int[] ends = new int[counted.size()];
    DateAnchors[] after = new DateAnchors[counted.size()];
    DateAnchors anchors = start;
    for (int i = 0; i < counted.size(); i++) {
      anchors = read(counted.get(i), anchors, new ArrayList<>());
      ends[i] = counted.get(i).span().end();
      after[i] = anchors;
    }
    return new Progression(start, ends, after);
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
