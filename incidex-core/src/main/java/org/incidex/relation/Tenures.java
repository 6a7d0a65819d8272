package org.incidex.relation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.DateMention;
import org.incidex.mention.date.DateParser;
import org.incidex.model.When;

/**
 * When a post was held, as written right after a name or title: in brackets ({@code (29 June 2014 –
 * 27 October 2019)}, {@code (2015–present)}), or after {@code since}, {@code from}, {@code between}
 * ({@code since early 2021}, {@code from 2008 to 2012}). Returns the tenure as a {@link When}: a
 * start, and an end when the text gives one ("present" and "since" give none). Reads text only; the
 * dates are read by {@link DateParser}, at the precision written.
 */
final class Tenures {
  private static final Pattern AFTER =
      Pattern.compile(
          "^\\s*,?\\s*(?:\\((?<bracket>[^()]{4,60})\\)|(?<cue>since|from|between|in\\s+office\\s+from"
              + "|(?:who\\s+)?(?:has\\s+)?(?:served|ruled|led\\s+\\S+)\\s+(?:since|from))\\s+"
              + "(?<rest>[^,;.()]{3,60}))",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern OPEN_END =
      Pattern.compile("[–—-]\\s*(?:present|now|today)\\b|\\bsince\\b", Pattern.CASE_INSENSITIVE);

  private final DateParser parser = new DateParser();

  /** The tenure written right after offset {@code at} of {@code text}, if any. */
  Optional<When> after(String text, int at) {
    Matcher m = AFTER.matcher(text.substring(Math.min(at, text.length())));
    if (!m.find()) {
      return Optional.empty();
    }
    String span =
        m.group("bracket") != null ? m.group("bracket") : m.group("cue") + " " + m.group("rest");
    return parse(span);
  }

  /**
   * A tenure phrase on its own: {@code 29 June 2014 – 27 October 2019}, {@code since early 2021}.
   */
  Optional<When> parse(String phrase) {
    Optional<DateMention> d = parser.parse(phrase, 0);
    if (d.isEmpty() || d.get().relative()) {
      return Optional.empty();
    }
    DateMention date = d.get();
    boolean open = OPEN_END.matcher(phrase).find();
    return Optional.of(new When(date.value(), open ? Optional.empty() : date.until()));
  }
}
