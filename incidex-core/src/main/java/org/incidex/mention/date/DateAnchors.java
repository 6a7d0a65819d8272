package org.incidex.mention.date;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.incidex.model.DateValue;
import org.incidex.model.Precision;

/**
 * What a document's earlier text (and its publication date) tells about the year-less and relative
 * dates after it. Built anew for each extraction and replaced, never changed, as the scan moves on
 * through the document in text order.
 *
 * <ul>
 *   <li>{@code narrativeYear}: the year of the closest earlier date whose year the text gives,
 *       stated or carried, at DAY or MONTH precision. A bare year or part of a year counts only
 *       when the document has no publication date: in a news report, "a blast in 2017" is
 *       background, and "In August" means the report's year (the Mogadishu gold case).
 *   <li>{@code lastDay}: the day named by the closest earlier date expression, if that expression
 *       named a day we could place; any other date in between breaks the chain, so {@code the next
 *       day} after an unplaceable {@code On April 21} stays unplaced.
 *   <li>{@code statedDays}: for each day and month stated in full earlier, its year; a later
 *       mention of that day and month without a year names the same day ("the Westgate attack on 21
 *       September" in a paragraph dated 2015 is still 2013).
 * </ul>
 *
 * Dates after a background cue ({@code since February 2020}) change no anchor.
 */
record DateAnchors(
    Optional<LocalDate> published,
    OptionalInt narrativeYear,
    Optional<LocalDate> lastDay,
    Map<MonthDay, Integer> statedDays) {

  DateAnchors {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(narrativeYear, "narrativeYear");
    Objects.requireNonNull(lastDay, "lastDay");
    statedDays = Map.copyOf(statedDays);
  }

  /** The anchors at the start of a document. */
  static DateAnchors of(Optional<LocalDate> published) {
    return new DateAnchors(published, OptionalInt.empty(), Optional.empty(), Map.of());
  }

  /** The anchors after one more date expression of the document, placed or not. */
  DateAnchors after(Found found, Optional<ResolvedDate> resolved) {
    if (found.background()) {
      return this;
    }
    Optional<LocalDate> day =
        resolved
            .map(ResolvedDate::last)
            .filter(v -> v.precision() == Precision.DAY)
            .map(DateValue::first);
    OptionalInt year = narrativeYear;
    Map<MonthDay, Integer> days = statedDays;
    if (resolved.isPresent() && resolved.get().yearFromText()) {
      ResolvedDate r = resolved.get();
      if (anchorsYear(r.last().precision())) {
        year = OptionalInt.of(r.last().first().getYear());
      }
      if (!r.relative()) {
        days = withStatedDays(r);
      }
    }
    return new DateAnchors(published, year, day, days);
  }

  private boolean anchorsYear(Precision p) {
    return p == Precision.DAY
        || p == Precision.MONTH
        || published.isEmpty() && (p == Precision.YEAR || p == Precision.PART_OF_YEAR);
  }

  private Map<MonthDay, Integer> withStatedDays(ResolvedDate r) {
    Map<MonthDay, Integer> days = new HashMap<>(statedDays);
    for (DateValue v : List.of(r.value(), r.last())) {
      if (v.precision() == Precision.DAY) {
        days.put(MonthDay.from(v.first()), v.first().getYear());
      }
    }
    return days;
  }
}
