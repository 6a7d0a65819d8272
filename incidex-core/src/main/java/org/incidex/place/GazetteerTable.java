package org.incidex.place;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The builder's {@code places.tsv.gz} held column by column, so that 265,000 rows cost a few tens
 * of megabytes; {@link #entry} makes a {@link GazetteerEntry} when one is asked for. Country,
 * division and feature codes are shared strings.
 */
final class GazetteerTable {
  private final String[] names;
  private final byte[] kinds;
  private final String[] countries;
  private final String[] admin1Codes;
  private final String[] admin2Codes;
  private final double[] lats;
  private final double[] lons;
  private final long[] populations;
  private final String[] featureCodes;
  private final int[] geonameIds;
  private final Map<Integer, String> otherIds;

  private GazetteerTable(int rows) {
    names = new String[rows];
    kinds = new byte[rows];
    countries = new String[rows];
    admin1Codes = new String[rows];
    admin2Codes = new String[rows];
    lats = new double[rows];
    lons = new double[rows];
    populations = new long[rows];
    featureCodes = new String[rows];
    geonameIds = new int[rows];
    otherIds = new HashMap<>();
  }

  int size() {
    return names.length;
  }

  GazetteerEntry entry(int row) {
    return new GazetteerEntry(
        id(row),
        kind(row),
        names[row],
        countries[row],
        admin1Codes[row],
        lats[row],
        lons[row],
        populations[row],
        featureCodes[row]);
  }

  PlaceKind kind(int row) {
    switch (kinds[row]) {
      case 'C':
        return PlaceKind.COUNTRY;
      case '1':
        return PlaceKind.ADMIN1;
      case '2':
        return PlaceKind.ADMIN2;
      default:
        return PlaceKind.POPULATED_PLACE;
    }
  }

  String country(int row) {
    return countries[row];
  }

  String admin1Code(int row) {
    return admin1Codes[row];
  }

  String id(int row) {
    if (geonameIds[row] > 0) {
      return "geonames:" + geonameIds[row];
    }
    switch (kinds[row]) {
      case 'C':
        return "country:" + countries[row];
      case '1':
        return "admin1:" + countries[row] + "." + admin1Codes[row];
      case '2':
        return "admin2:" + countries[row] + "." + admin1Codes[row] + "." + admin2Codes[row];
      default:
        return otherIds.get(row);
    }
  }

  /** Parses the builder's places file: a comment line, then ten tab-separated columns a row. */
  static GazetteerTable parse(byte[] data) {
    int rows = 0;
    for (int i = NameIndex.skipLine(data, 0); i < data.length; i++) {
      if (data[i] == '\n') {
        rows++;
      }
    }
    GazetteerTable t = new GazetteerTable(rows);
    Map<Long, String> shared = new HashMap<>();
    int[] bounds = new int[20];
    int i = NameIndex.skipLine(data, 0);
    for (int row = 0; row < rows; row++) {
      int field = 0;
      bounds[0] = i;
      while (data[i] != '\n') {
        if (data[i] == '\t') {
          bounds[2 * field + 1] = i;
          field++;
          bounds[2 * field] = i + 1;
        }
        i++;
      }
      bounds[2 * field + 1] = i;
      i++;
      t.geonameIds[row] = (int) digits(data, bounds[0], bounds[1]);
      t.kinds[row] = data[bounds[2]];
      t.names[row] = text(data, bounds[4], bounds[5]);
      t.countries[row] = code(shared, data, bounds[6], bounds[7]);
      t.admin1Codes[row] = code(shared, data, bounds[8], bounds[9]);
      t.admin2Codes[row] = code(shared, data, bounds[10], bounds[11]);
      t.lats[row] = decimal(data, bounds[12], bounds[13]);
      t.lons[row] = decimal(data, bounds[14], bounds[15]);
      t.populations[row] = digits(data, bounds[16], bounds[17]);
      t.featureCodes[row] = code(shared, data, bounds[18], bounds[19]);
      if (t.geonameIds[row] == 0 && t.kinds[row] == 'P') {
        String lat = text(data, bounds[12], bounds[13]);
        String lon = text(data, bounds[14], bounds[15]);
        t.otherIds.put(
            row,
            "citiesjson:" + t.countries[row] + "." + t.admin1Codes[row] + ":" + lat + "," + lon);
      }
    }
    return t;
  }

  /**
   * A short ASCII code (country, division, feature), shared between rows. Codes of up to seven
   * bytes are keyed by their bytes packed in a long; longer ones (a few admin2 codes) by text.
   */
  private static String code(Map<Long, String> shared, byte[] data, int from, int to) {
    if (to - from > 7) {
      return text(data, from, to);
    }
    long packed = to - from;
    for (int i = from; i < to; i++) {
      packed = (packed << 8) | (data[i] & 0xff);
    }
    String known = shared.get(packed);
    if (known == null) {
      known = text(data, from, to);
      shared.put(packed, known);
    }
    return known;
  }

  /**
   * A plain decimal such as {@code -12.0432}. The digits make an exact long and the divisor an
   * exact power of ten, so the one division rounds as {@link Double#parseDouble} would.
   */
  static double decimal(byte[] data, int from, int to) {
    boolean negative = data[from] == '-';
    long digits = 0;
    int decimals = -1;
    for (int i = negative ? from + 1 : from; i < to; i++) {
      if (data[i] == '.') {
        decimals = 0;
      } else {
        digits = digits * 10 + (data[i] - '0');
        if (decimals >= 0) {
          decimals++;
        }
      }
    }
    double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
    return negative ? -value : value;
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  private static String text(byte[] data, int from, int to) {
    return new String(data, from, to - from, StandardCharsets.UTF_8);
  }

  private static long digits(byte[] data, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (data[i] - '0');
    }
    return v;
  }
}
