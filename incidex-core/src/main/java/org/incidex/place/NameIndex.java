package org.incidex.place;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Name keys → gazetteer rows, read from the builder's sorted {@code names.tsv.gz}: the keys sit in
 * one byte array in sorted order and a lookup is a binary search, so loading needs neither hashing
 * nor sorting. A reference is a row index, or {@code -(row + 1)} for an alternate name.
 */
final class NameIndex {
  private final byte[] keys;
  private final int[] keyEnds;
  private final int[] refs;
  private final int[] refEnds;

  private NameIndex(byte[] keys, int[] keyEnds, int[] refs, int[] refEnds) {
    this.keys = keys;
    this.keyEnds = keyEnds;
    this.refs = refs;
    this.refEnds = refEnds;
  }

  int size() {
    return keyEnds.length;
  }

  /** The references for a key already folded by {@link PlaceNames#key}; empty when unknown. */
  int[] lookup(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.US_ASCII);
    int lo = 0;
    int hi = keyEnds.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = mid == 0 ? 0 : keyEnds[mid - 1];
      int c = Arrays.compare(keys, start, keyEnds[mid], wanted, 0, wanted.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Arrays.copyOfRange(refs, mid == 0 ? 0 : refEnds[mid - 1], refEnds[mid]);
      }
    }
    return new int[0];
  }

  /**
   * Parses the builder's index: a comment line, then {@code key TAB refs}, where each ref is the
   * difference from the row of the ref before it in the file, prefixed {@code a} for an alternate.
   */
  static NameIndex parse(byte[] data) {
    GrowableBytes keyBytes = new GrowableBytes(data.length / 2);
    GrowableInts keyEnds = new GrowableInts(1 << 19);
    GrowableInts refs = new GrowableInts(1 << 20);
    GrowableInts refEnds = new GrowableInts(1 << 19);
    int previousRow = 0;
    int i = skipLine(data, 0);
    while (i < data.length) {
      int tab = i;
      while (data[tab] != '\t') {
        tab++;
      }
      keyBytes.add(data, i, tab);
      keyEnds.add(keyBytes.size());
      i = tab + 1;
      while (i < data.length && data[i] != '\n') {
        boolean alternate = data[i] == 'a';
        if (alternate) {
          i++;
        }
        boolean negative = data[i] == '-';
        if (negative) {
          i++;
        }
        int delta = 0;
        while (i < data.length && data[i] >= '0' && data[i] <= '9') {
          delta = delta * 10 + (data[i] - '0');
          i++;
        }
        previousRow += negative ? -delta : delta;
        refs.add(alternate ? -(previousRow + 1) : previousRow);
        if (i < data.length && data[i] == ',') {
          i++;
        }
      }
      refEnds.add(refs.size());
      i++;
    }
    return new NameIndex(keyBytes.toArray(), keyEnds.toArray(), refs.toArray(), refEnds.toArray());
  }

  static int skipLine(byte[] data, int from) {
    int i = from;
    while (i < data.length && data[i] != '\n') {
      i++;
    }
    return i + 1;
  }

  /** An int array that grows as it is filled, for parsing without boxing. */
  static final class GrowableInts {
    private int[] values;
    private int size;

    GrowableInts(int capacity) {
      values = new int[capacity];
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** A byte array that grows as it is filled. */
  static final class GrowableBytes {
    private byte[] values;
    private int size;

    GrowableBytes(int capacity) {
      values = new byte[Math.max(16, capacity)];
    }

    void add(byte[] source, int from, int to) {
      int n = to - from;
      if (size + n > values.length) {
        values = Arrays.copyOf(values, Math.max(values.length * 2, size + n));
      }
      System.arraycopy(source, from, values, size, n);
      size += n;
    }

    int size() {
      return size;
    }

    byte[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
