package org.incidex.mention.casualty;

import static org.incidex.mention.casualty.NumberReader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidex.mention.casualty.NumberReader.Reading;
import org.incidex.mention.casualty.NumberReader.Word;

/**
 * Finds the amounts a text writes, in figures or in words: {@code 94}, {@code 1,200}, {@code
 * Eighty-five}, {@code one hundred and twelve}, {@code two dozen}, {@code 1.5 million}, ranges
 * ({@code between 20 and 30}, {@code 20 to 30}, {@code 20-30}), the article {@code a}/{@code an}
 * (which counts one victim only where a rule says so) and vague amounts ({@code dozens}, {@code
 * scores of}, {@code a few}), which have no value. Dates, years, ages, times, percentages and
 * citation markers are not amounts. Offsets are those of the text given.
 */
public final class NumberWords {
  private NumberWords() {}

  /** How an amount is written. */
  public enum Form {
    /** A number in figures or words. */
    NUMBER,
    /** {@code a} or {@code an}: one, if a rule reads it as a count of victims. */
    ARTICLE,
    /** Two numbers that bound a range; the value is the lower. */
    RANGE,
    /** Words for an amount that is not a number: {@code dozens}, {@code a few}. */
    VAGUE
  }

  /** An amount at {@code [start, end)} of the text; {@code value} is empty when it is vague. */
  public record Amount(int start, int end, OptionalInt value, Form form) {
    public Amount {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(form, "form");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad amount " + start + ".." + end);
      }
      if (value.isEmpty() != (form == Form.VAGUE)) {
        throw new IllegalArgumentException("only a vague amount lacks a value");
      }
    }

    public boolean isVague() {
      return form == Form.VAGUE;
    }
  }

  /** Amounts that are not numbers: the guidelines leave the figure empty. */
  static final List<String> VAGUE =
      List.of(
          "dozens",
          "scores",
          "hundreds",
          "thousands",
          "millions",
          "tens",
          "a few",
          "several",
          "many",
          "numerous",
          "countless",
          "multiple",
          "a large number",
          "a great number",
          "a number",
          "a lot",
          "a handful",
          "a couple",
          "a great many");

  /** Words after {@code a}/{@code an} that keep it from counting one person. */
  static final Set<String> NOT_AFTER_ARTICLE =
      Set.of(
          "further",
          "total",
          "additional",
          "reported",
          "estimated",
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "few",
          "number",
          "lot",
          "large",
          "great",
          "couple",
          "handful",
          "series",
          "string",
          "wave",
          "spate");

  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words after a number that make it a time, a share or a sum, not a count of people. */
  static final Set<String> NOT_PEOPLE_AFTER =
      Set.of("percent", "per", "am", "pm", "a.m", "p.m", "o'clock", "dollars", "euros");

  /** Words before a number that deny it: {@code no one}, {@code not one}. */
  static final Set<String> NEGATIONS = Set.of("no", "not", "nor");

  /** A word (with inner dots and apostrophes: {@code u.s}, {@code o'clock}), or a figure. */
  private static final Pattern TOKEN =
      Pattern.compile("\\d[\\d,.]*\\d|\\d|[a-z][a-z.']*[a-z]|[a-z]");

  /** Characters before a figure that make it part of a code, a citation or a sum. */
  private static final String NOT_BEFORE_FIGURES = "[$£€#/:.-";

  /** Finds the amounts in {@code text} (any case); offsets are those of {@code text}. */
  public static List<Amount> find(String text) {
    String v = Lowered.of(text);
    List<Word> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(v);
    int previousEnd = 0;
    while (m.find()) {
      words.add(new Word(m.start(), m.end(), m.group(), v.substring(previousEnd, m.start())));
      previousEnd = m.end();
    }
    if (!words.isEmpty()) {
      Word first = words.get(0);
      words.set(0, new Word(first.start(), first.end(), first.text(), ""));
    }
    List<Amount> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Amount a = vague(words, i);
      if (a == null) {
        a = number(v, words, i);
      }
      if (a == null) {
        a = article(words, i);
      }
      if (a == null) {
        i++;
        continue;
      }
      out.add(a);
      while (i < words.size() && words.get(i).start() < a.end()) {
        i++;
      }
    }
    return List.copyOf(out);
  }

  /** The value of a number written in words or figures, or empty: {@code "two dozen"} is 24. */
  public static OptionalInt parse(String words) {
    List<Amount> found = find(words.strip());
    if (found.size() == 1
        && found.get(0).form() == Form.NUMBER
        && found.get(0).start() == 0
        && found.get(0).end() == words.strip().length()) {
      return found.get(0).value();
    }
    return OptionalInt.empty();
  }

  private static Amount vague(List<Word> w, int i) {
    for (String phrase : VAGUE) {
      String[] parts = phrase.split(" ");
      boolean match = i + parts.length <= w.size();
      for (int k = 0; k < parts.length && match; k++) {
        match = text(w, i + k).equals(parts[k]);
      }
      if (!match || phrase.equals("many") && text(w, i - 1).equals("as")) {
        continue; // "as many as 150" is a qualifier, read with the number
      }
      int end = w.get(i + parts.length - 1).end();
      return new Amount(w.get(i).start(), end, OptionalInt.empty(), Form.VAGUE);
    }
    return null;
  }

  private static Amount article(List<Word> w, int i) {
    String t = text(w, i);
    String next = text(w, i + 1);
    if (!(t.equals("a") || t.equals("an")) || next.isEmpty() || NOT_AFTER_ARTICLE.contains(next)) {
      return null;
    }
    return new Amount(w.get(i).start(), w.get(i).end(), OptionalInt.of(1), Form.ARTICLE);
  }

  private static Amount number(String v, List<Word> w, int i) {
    Reading first = NumberReader.read(w, i);
    if (first == null) {
      return null;
    }
    int start = w.get(i).start();
    int end = w.get(first.next() - 1).end();
    if (!isCount(v, w, i, first.next(), start, end, first.value())) {
      return null;
    }
    Amount range = range(w, i, first, start);
    return range != null
        ? range
        : new Amount(start, end, OptionalInt.of(first.value()), Form.NUMBER);
  }

  /** {@code 20 to 30}, {@code 20-30}, {@code two or three}, {@code between 20 and 30}. */
  private static Amount range(List<Word> w, int i, Reading first, int start) {
    int j = first.next();
    String link = text(w, j);
    int second;
    if (j < w.size() && w.get(j).before().equals("-")) {
      second = j;
    } else if (link.equals("or")
        || link.equals("to") && !text(w, i - 1).equals("from")
        || link.equals("and") && text(w, i - 1).equals("between")) {
      second = j + 1;
    } else {
      return null;
    }
    Reading upper = NumberReader.read(w, second);
    if (upper == null || upper.value() <= first.value()) {
      return null;
    }
    int end = w.get(upper.next() - 1).end();
    return new Amount(start, end, OptionalInt.of(first.value()), Form.RANGE);
  }

  /** Filters out years, dates, ages, times, shares, codes and citation markers. */
  private static boolean isCount(
      String v, List<Word> w, int i, int next, int start, int end, int value) {
    String t = text(w, i);
    char before = start > 0 ? v.charAt(start - 1) : ' ';
    char after = end < v.length() ? v.charAt(end) : ' ';
    String nextWord = text(w, next);
    if (Character.isLetter(after) || after == '%' || after == '-' && isLetterAt(v, end + 1)) {
      return false; // "3rd", "9mm", "30%", "17-year-old", "three-bus convoy"
    }
    if (after == ':' && end + 1 < v.length() && Character.isDigit(v.charAt(end + 1))) {
      return false; // "10:30"
    }
    boolean monthAfter = next < w.size() && w.get(next).before().isBlank();
    boolean monthBefore = w.get(i).before().isBlank();
    if (monthAfter && MONTHS.contains(nextWord) || monthBefore && MONTHS.contains(text(w, i - 1))) {
      return false; // "3 January 2024", "January 3"
    }
    if (NOT_PEOPLE_AFTER.contains(nextWord)) {
      return false;
    }
    if (NEGATIONS.contains(text(w, i - 1))) {
      return false; // "no one was injured" counts nobody
    }
    if (Character.isDigit(t.charAt(0))) {
      if (Character.isLetterOrDigit(before) || NOT_BEFORE_FIGURES.indexOf(before) >= 0) {
        return false; // "F-16", "[16]", "$5", "1/2"
      }
      boolean year = t.length() == 4 && !t.contains(",") && value >= 1800 && value <= 2100;
      return !year || nextWord.equals("people") || nextWord.equals("persons");
    }
    return true;
  }

  private static boolean isLetterAt(String v, int i) {
    return i < v.length() && Character.isLetter(v.charAt(i));
  }
}
