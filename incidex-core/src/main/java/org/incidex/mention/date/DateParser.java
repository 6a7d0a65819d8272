package org.incidex.mention.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.incidex.mention.DateMention;
import org.incidex.text.Span;

/**
 * Reads a date from a piece of text the caller already takes for one, such as the tenure in {@code
 * (29 June 2014 – 27 October 2019)} or the {@code since 2013} of a relation.
 *
 * <p>Reads the text and, optionally, a publication date. Returns the first date expression in the
 * text that it can place, as a {@link DateMention} whose span is its offsets in the text plus
 * {@code startChar} (so a caller passing a sentence's text and start gets document offsets). Unlike
 * {@link DateExtractor} on running text, a bare year or a month name alone needs no cue ({@code
 * 2014–2019}, {@code 2013}). A range gives value and {@code until}; a day or month without a year,
 * a weekday or a relative phrase is placed only with a publication date.
 */
public final class DateParser {
  private final DateScanner scanner = new DateScanner();
  private final DateResolver resolver = new DateResolver();

  /** The first absolute date or range in {@code text}. */
  public Optional<DateMention> parse(String text, int startChar) {
    return parse(text, startChar, Optional.empty());
  }

  /** The first date or range in {@code text}, relative ones placed against {@code published}. */
  public Optional<DateMention> parse(String text, int startChar, Optional<LocalDate> published) {
    Objects.requireNonNull(text, "text");
    DateAnchors anchors = DateAnchors.of(published);
    for (Found found : scanner.scan(text, DateScanner.Mode.DATE_EXPECTED)) {
      Optional<ResolvedDate> resolved = resolver.resolve(found.expression(), anchors);
      if (resolved.isPresent()) {
        ResolvedDate r = resolved.get();
        Span span = new Span(startChar + found.start(), startChar + found.end());
        return Optional.of(new DateMention(span, r.value(), r.until(), r.relative()));
      }
      anchors = anchors.after(found, resolved);
    }
    return Optional.empty();
  }
}
