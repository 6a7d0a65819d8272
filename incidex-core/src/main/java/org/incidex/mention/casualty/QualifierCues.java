package org.incidex.mention.casualty;

import static org.incidex.model.Qualifier.ABOUT;
import static org.incidex.model.Qualifier.AT_LEAST;
import static org.incidex.model.Qualifier.OVER;
import static org.incidex.model.Qualifier.UP_TO;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.mention.casualty.NumberWords.Form;
import org.incidex.model.Qualifier;

/**
 * The words before a number that hedge it ({@code at least 12}, {@code over 170}, {@code as many as
 * 150}), as a table. Reads the lower-case view of a sentence ({@link Lowered}); returns the cue
 * found directly before an amount, with its start offset in that view. A number with no cue is
 * EXACT; a range is AT_LEAST its lower bound (spec: "between 20 and 30" is at_least 20).
 */
final class QualifierCues {
  private QualifierCues() {}

  /** spec, interchange.md "Q (qualifier)"; a new cue is a row here and in QualifierCuesTest. */
  static final Map<String, Qualifier> CUES =
      Map.ofEntries(
          Map.entry("at least", AT_LEAST),
          Map.entry("no fewer than", AT_LEAST),
          Map.entry("no less than", AT_LEAST),
          Map.entry("not less than", AT_LEAST),
          Map.entry("a minimum of", AT_LEAST),
          Map.entry("between", AT_LEAST),
          Map.entry("over", OVER),
          Map.entry("more than", OVER),
          // the Istanbul story writes "More then 30,000 people"
          Map.entry("more then", OVER),
          Map.entry("upwards of", OVER),
          Map.entry("in excess of", OVER),
          Map.entry("about", ABOUT),
          Map.entry("around", ABOUT),
          Map.entry("nearly", ABOUT),
          Map.entry("some", ABOUT),
          Map.entry("approximately", ABOUT),
          Map.entry("roughly", ABOUT),
          Map.entry("almost", ABOUT),
          Map.entry("an estimated", ABOUT),
          Map.entry("estimated", ABOUT),
          Map.entry("close to", ABOUT),
          Map.entry("up to", UP_TO),
          Map.entry("as many as", UP_TO),
          Map.entry("at most", UP_TO),
          Map.entry("no more than", UP_TO),
          // the spec has no "below": "fewer than 10" is read as at most 10
          Map.entry("fewer than", UP_TO),
          Map.entry("less than", UP_TO));

  /** A cue word or phrase that ends right before the amount (only white space between). */
  private static final Pattern CUE_BEFORE =
      Pattern.compile("\\b(?<cue>" + Lowered.alternation(CUES.keySet()) + ")\\s+$");

  /** How far before an amount a cue may start. */
  private static final int REACH = 20;

  /** A cue at {@code start} of the view, with the qualifier it gives. */
  record Cue(int start, Qualifier qualifier) {}

  /** The cue directly before {@code amount} in the lower-case view, if any. */
  static Optional<Cue> before(String lowered, Amount amount) {
    Matcher m = CUE_BEFORE.matcher(lowered);
    m.region(Math.max(0, amount.start() - REACH), amount.start());
    m.useTransparentBounds(true);
    if (!m.find()) {
      return Optional.empty();
    }
    String cue = m.group("cue").replaceAll("\\s+", " ");
    if (cue.equals("between") && amount.form() != Form.RANGE) {
      return Optional.empty();
    }
    return Optional.of(new Cue(m.start("cue"), CUES.get(cue)));
  }

  /** The qualifier of an amount: its cue's, else AT_LEAST for a range, else EXACT. */
  static Qualifier qualify(Optional<Cue> cue, Amount amount) {
    if (cue.isPresent()) {
      return cue.get().qualifier();
    }
    return amount.form() == Form.RANGE ? AT_LEAST : Qualifier.EXACT;
  }
}
