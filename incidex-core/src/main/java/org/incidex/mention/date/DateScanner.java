package org.incidex.mention.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.incidex.mention.date.DateExpression.CalendarDate;
import org.incidex.mention.date.DateExpression.Weekday;

/**
 * Stage inside date extraction: finds the date expressions of one text (a sentence's text, or a
 * string given to {@link DateParser}) and says what each states, without resolving anything.
 *
 * <p>Reads the text only. Returns expressions in text order, none overlapping, each with its
 * offsets in that text (UTF-16, end exclusive; the caller adds the sentence's start). Every rule of
 * {@link AbsoluteDateRules} and {@link RelativeDateRules} runs; where matches overlap the leftmost,
 * then the longest, wins. A weekday right before a date joins it ({@code Tuesday, September 17,
 * 2024}); two dates with a connector between become a range ({@link RangeJoiner}).
 */
final class DateScanner {

  /** How much a bare number or month name needs to be a date. */
  enum Mode {
    /** Running text: a bare year or month needs a cue ({@code in 2004}). */
    RUNNING_TEXT,
    /** The caller says the text is a date ({@code 2014–2019} in a tenure): no cue needed. */
    DATE_EXPECTED
  }

  private static final Pattern WEEKDAY_GLUE = Pattern.compile("[\\s\\u00A0]*,?[\\s\\u00A0]*");

  private final List<DateRule> rules =
      Stream.concat(AbsoluteDateRules.all().stream(), RelativeDateRules.all().stream()).toList();

  List<Found> scan(String text, Mode mode) {
    List<Found> candidates = new ArrayList<>();
    for (DateRule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        rule.read(m, text).ifPresent(candidates::add);
      }
    }
    List<Found> chosen = leftmostLongest(candidates);
    if (mode == Mode.DATE_EXPECTED) {
      chosen = chosen.stream().map(Found::asDate).toList();
    }
    return RangeJoiner.join(text, joinWeekdays(text, chosen)).stream()
        .filter(f -> !f.fragment())
        .toList();
  }

  /** Non-overlapping candidates: leftmost first, then longest, then a date before a fragment. */
  static List<Found> leftmostLongest(List<Found> candidates) {
    List<Found> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt(Found::start)
            .thenComparing(Comparator.comparingInt(Found::length).reversed())
            .thenComparing(Found::fragment));
    List<Found> chosen = new ArrayList<>();
    int taken = 0;
    for (Found f : sorted) {
      if (f.start() >= taken) {
        chosen.add(f);
        taken = f.end();
      }
    }
    return chosen;
  }

  /**
   * A weekday right before a dated day is part of that date: the date is the value, stated in full,
   * and the weekday only confirms it.
   */
  private static List<Found> joinWeekdays(String text, List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (i + 1 < found.size()
          && f.expression() instanceof Weekday w
          && w.direction() == 0
          && found.get(i + 1).expression() instanceof CalendarDate date
          && date.day().isPresent()
          && WEEKDAY_GLUE.matcher(text.substring(f.end(), found.get(i + 1).start())).matches()) {
        Found next = found.get(i + 1);
        out.add(new Found(next.rule(), f.start(), next.end(), date, false, f.background()));
        i++;
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
