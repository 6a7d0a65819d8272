package org.incidex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document into sentences and headings by rules written for encyclopedia and news text.
 *
 * <ul>
 *   <li>A line break always ends a sentence; a line with no final punctuation and few words is a
 *       heading (titles, section headings, link lines, credits).
 *   <li>Citation markers such as {@code [24][25]} before a sentence or after its final punctuation
 *       belong to no sentence; markers inside a sentence stay in it.
 *   <li>Abbreviations ({@code U.S.}, {@code Gen.}, initials) do not end a sentence.
 *   <li>A news dateline ({@code Kabul, Afghanistan (CNN) -- }) and a {@code date 2022-10-29} line
 *       are metadata, not part of the first sentence.
 *   <li>A line without any capital letter (lower-cased wire text such as MUC-4) is read caselessly:
 *       a lower-case word may start a sentence, and a period followed by two or more spaces ends
 *       one even after an abbreviation ({@code by the u.s. the embassy}).
 * </ul>
 *
 * Every span is an exact range of the original text; nothing is rewritten.
 */
public final class TextSegmenter implements Segmenter {

  /** Lines without final punctuation that have at least this many words are still sentences. */
  private static final int MIN_WORDS_OF_UNPUNCTUATED_SENTENCE = 16;

  private static final Pattern CITATION =
      Pattern.compile("\\[(?:\\d{1,3}|[a-z]|[a-z ]{3,30}\\??)]");
  private static final Pattern METADATA_DATE =
      Pattern.compile("(?i)^(?:date|published|dateline)\\s*:?\\s+\\d{4}-\\d{2}-\\d{2}\\s*$");

  /** A month's name or abbreviation in any case ("Mar", "MARCH", "sept."). */
  private static final String MONTH =
      "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}{0,6}\\.?";

  /** {@code PLACE (CNN) -- }, {@code MOGADISHU, Oct 29 (Reuters) - }: ends with the dash. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^[\\p{L}][\\p{L}\\p{M} .,'’0-9-]{0,80}?\\s*\\((?:CNN|Reuters|AP|AFP|UPI|BBC|Xinhua|"
              + "[\\p{L} .]{2,40})\\)\\s*(?:--|—|–|-)\\s*"
              + "|^\\((?:CNN|Reuters|AP|AFP|UPI|BBC|Xinhua)\\)\\s*(?:--|—|–|-)\\s*"
              // "(KABUL, Afghanistan) -- "
              + "|^\\(\\p{Lu}[\\p{L} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,40})?\\)\\s*(?:--|—|–|-)\\s*"
              // "OUAHIGOUYA, Burkina Faso, March 15 – ", "MOGADISHU, Oct 29 - "
              + "|^\\p{Lu}{3,}[\\p{Lu} .'’-]*(?:,\\s*\\p{Lu}[\\p{L} .'’-]*?){0,2}"
              + "(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s+(?:--|—|–|-)\\s+"
              // "Lima, 12 Mar 91 -- ", "Bogota, Colombia, March 3, 1990 -- "
              + "|^\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40})?,\\s+"
              + "(?:\\d{1,2}\\s+"
              + MONTH
              + "|"
              + MONTH
              + "\\s+\\d{1,2})(?:,?\\s+\\d{2,4})?"
              + "\\s+(?:--|—|–)\\s+");

  /** Words after which a period does not end a sentence (compared case-insensitively). */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
          "pvt", "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos",
          "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
          "univ", "assn", "bros", "gens", "sheikh", "pres", "a.m", "p.m", "u.s", "u.n", "u.k",
          "e.u", "d.c");

  @Override
  public List<Segment> segment(Document document) {
    String text = document.text();
    List<Segment> out = new ArrayList<>();
    int lineStart = 0;
    boolean firstBodyLine = true;
    boolean firstContentLine = true;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      Span line = trim(text, lineStart, lineEnd);
      if (!line.isEmpty()) {
        String lineText = line.of(text);
        if (METADATA_DATE.matcher(lineText).matches()) {
          out.add(new Segment(line, SegmentKind.METADATA));
        } else {
          int bodyStart = line.start();
          if (firstBodyLine) {
            Matcher m = DATELINE.matcher(lineText);
            if (m.find() && m.end() < lineText.length()) {
              Span dateline = trim(text, line.start(), line.start() + m.end());
              out.add(new Segment(dateline, SegmentKind.METADATA));
              bodyStart = line.start() + m.end();
            }
          }
          Span body = new Span(bodyStart, line.end());
          boolean title =
              firstContentLine
                  && bodyStart == line.start()
                  && followedByBlankLine(text, lineEnd)
                  && !endsSentence(body.of(text));
          firstContentLine = false;
          if (title || isHeading(body.of(text))) {
            out.add(new Segment(body, SegmentKind.HEADING));
          } else {
            firstBodyLine = false;
            splitLine(text, body, out);
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return List.copyOf(out);
  }

  /** A line is a heading when it has no final punctuation and few words. */
  static boolean isHeading(String line) {
    String stripped = CITATION.matcher(line).replaceAll("").strip();
    if (stripped.isEmpty()) {
      return true;
    }
    if (endsSentence(stripped)) {
      return false;
    }
    return stripped.split("\\s+").length < MIN_WORDS_OF_UNPUNCTUATED_SENTENCE;
  }

  /** Ends with sentence-final punctuation (possibly inside a closing bracket or quote). */
  private static boolean endsSentence(String line) {
    String stripped = CITATION.matcher(line).replaceAll("").strip();
    if (stripped.isEmpty()) {
      return false;
    }
    char last = stripped.charAt(stripped.length() - 1);
    return ".!?:;\"”’'…".indexOf(last) >= 0 || stripped.matches("(?s).*[.!?]\\)$");
  }

  /** The document's first line is its title when a blank line follows it. */
  private static boolean followedByBlankLine(String text, int lineEnd) {
    int next = text.indexOf('\n', lineEnd + 1);
    String following =
        next < 0
            ? text.substring(Math.min(text.length(), lineEnd + 1))
            : text.substring(lineEnd + 1, next);
    return lineEnd < text.length() && following.isBlank();
  }

  /** Splits one line of running text into sentences. */
  private static void splitLine(String text, Span line, List<Segment> out) {
    boolean caseless = isCaseless(text, line);
    int pos = skipLeading(text, line.start(), line.end());
    int sentenceStart = pos;
    int i = pos;
    while (i < line.end()) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < line.end() && (".!?".indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        while (end < line.end() && isClosing(text.charAt(end))) {
          end++;
        }
        int next = skipCitations(text, end, line.end());
        boolean boundary =
            next >= line.end()
                || (Character.isWhitespace(text.charAt(next)) || next > end)
                    && startsSentence(text, next, line.end(), caseless);
        if (boundary
            && c == '.'
            && !(caseless && widelySpaced(text, next, line.end()))
            && isAbbreviation(text, sentenceStart, i, caseless)) {
          boundary = false;
        }
        if (boundary) {
          addSentence(text, sentenceStart, end, out);
          sentenceStart = skipLeading(text, next, line.end());
          i = sentenceStart;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (sentenceStart < line.end()) {
      int end = line.end();
      // trailing citation markers after the last word belong to no sentence
      Matcher m = Pattern.compile("(?:\\s*\\[[^\\]]{1,30}])+\\s*$").matcher(text);
      m.region(sentenceStart, end);
      if (m.find() && m.start() > sentenceStart) {
        end = m.start();
      }
      addSentence(text, sentenceStart, end, out);
    }
  }

  private static void addSentence(String text, int start, int end, List<Segment> out) {
    Span s = trim(text, start, end);
    if (!s.isEmpty() && s.of(text).chars().anyMatch(Character::isLetterOrDigit)) {
      out.add(new Segment(s, SegmentKind.SENTENCE));
    }
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
  }

  /** A line is caseless when it has letters but no capital letter. */
  private static boolean isCaseless(String text, Span line) {
    return text.substring(line.start(), line.end()).codePoints().noneMatch(Character::isUpperCase);
  }

  /** Two or more spaces at {@code i}: how typed wire text separates sentences. */
  private static boolean widelySpaced(String text, int i, int limit) {
    return i + 1 < limit && text.charAt(i) == ' ' && text.charAt(i + 1) == ' ';
  }

  /**
   * Whether the text at {@code i} can begin a new sentence: a capital or a digit, or in caseless
   * text any letter.
   */
  private static boolean startsSentence(String text, int i, int limit, boolean caseless) {
    int j = i;
    while (j < limit && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    while (j < limit && "\"“‘'([".indexOf(text.charAt(j)) >= 0) {
      if (text.charAt(j) == '[') {
        return true;
      }
      j++;
    }
    while (j < limit && (text.charAt(j) == '.' || text.charAt(j) == '…')) {
      j++; // a leading ellipsis, and the space after it
      while (j < limit && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
    }
    if (j >= limit) {
      return true;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || caseless && Character.isLetter(c);
  }

  /** Whether the period at {@code dot} closes an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot, boolean caseless) {
    int w = dot;
    while (w > sentenceStart
        && !Character.isWhitespace(text.charAt(w - 1))
        && "\"“(".indexOf(text.charAt(w - 1)) < 0) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (ABBREVIATIONS.contains(word)) {
      // "U.S." ends a sentence only when the next word could not continue it; keep it simple:
      // treat it as ending the sentence when followed by a line end (handled by the caller).
      return true;
    }
    // single initials: "J. Smith", and dotted acronyms: "U.N.", "a.m."
    if (word.length() == 1 && (caseless || Character.isUpperCase(word.charAt(0)))) {
      return true;
    }
    return word.matches("(?:\\p{L}\\.)+\\p{L}");
  }

  /** Skips whitespace, citation markers and a leading ellipsis before a sentence. */
  private static int skipLeading(String text, int start, int limit) {
    int i = start;
    while (true) {
      while (i < limit && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int after = skipCitations(text, i, limit);
      if (after > i) {
        i = after;
        continue;
      }
      if (text.startsWith("...", i)) {
        i += 3;
        continue;
      }
      if (i < limit && text.charAt(i) == '…') {
        i++;
        continue;
      }
      return i;
    }
  }

  /** The offset after any citation markers directly at {@code i}. */
  private static int skipCitations(String text, int i, int limit) {
    int j = i;
    while (j < limit && text.charAt(j) == '[') {
      Matcher m = CITATION.matcher(text);
      m.region(j, limit);
      if (!m.lookingAt()) {
        break;
      }
      j = m.end();
    }
    return j;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
