package org.incidex.text;

/** A range of characters in a document's original text: UTF-16 offsets, end exclusive. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return end == start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The same span moved by {@code delta} characters. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** Characters between the two spans (0 when they touch or overlap). */
  public int distanceTo(Span other) {
    if (overlaps(other)) {
      return 0;
    }
    return other.start >= end ? other.start - end : start - other.end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
