package org.incidex.place;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * The offline gazetteer: countries, first- and second-level divisions and populated places built
 * from GeoNames data (see {@code scripts/gazetteer/README.md}), read from incidex-core's resources.
 * Each instance loads the data once (about a second) and is then read-only and safe to share
 * between threads; build one and pass it to whatever needs it.
 *
 * <p>Lookups fold case, diacritics, apostrophes and dashes ({@link PlaceNames#key}) and return
 * every entry with that name, primary or alternate. Choosing among them is {@link PlaceResolver}'s
 * job.
 */
public final class Gazetteer {
  static final String PLACES = "/gazetteer/places.tsv.gz";
  static final String NAMES = "/gazetteer/names.tsv.gz";

  private final GazetteerTable table;
  private final NameIndex index;
  private final Countries countries;
  private final Map<String, Integer> admin1Rows = new HashMap<>();

  private Gazetteer(GazetteerTable table, NameIndex index, Countries countries) {
    this.table = table;
    this.index = index;
    this.countries = countries;
    for (int row = 0; row < table.size(); row++) {
      if (table.kind(row) == PlaceKind.ADMIN1) {
        admin1Rows.put(table.country(row) + "." + table.admin1Code(row), row);
      }
    }
  }

  /** Reads the gazetteer shipped in incidex-core's resources. */
  public static Gazetteer load() {
    // The two files are independent: read the index on another thread while the table loads.
    CompletableFuture<NameIndex> index =
        CompletableFuture.supplyAsync(() -> NameIndex.parse(gunzip(NAMES)));
    GazetteerTable table = GazetteerTable.parse(gunzip(PLACES));
    return new Gazetteer(table, index.join(), Countries.load());
  }

  /** Every entry called {@code name}, primary names first, in the data's order otherwise. */
  public List<NameMatch> lookup(String name) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    List<NameMatch> primary = new ArrayList<>();
    List<NameMatch> alternate = new ArrayList<>();
    for (int ref : index.lookup(key)) {
      if (ref >= 0) {
        primary.add(new NameMatch(table.entry(ref), false));
      } else {
        alternate.add(new NameMatch(table.entry(-ref - 1), true));
      }
    }
    primary.addAll(alternate);
    return primary;
  }

  /** Whether any entry has this name. */
  public boolean knows(String name) {
    String key = PlaceNames.key(name);
    return !key.isEmpty() && index.lookup(key).length > 0;
  }

  /** The first-level division an entry lies in (itself for a division of that level). */
  public Optional<GazetteerEntry> admin1Of(GazetteerEntry entry) {
    Integer row = admin1Rows.get(entry.admin1Key());
    return row == null ? Optional.empty() : Optional.of(table.entry(row));
  }

  /** An entry by its id; a scan, meant for tests and tools rather than hot loops. */
  public Optional<GazetteerEntry> byId(String id) {
    for (int row = 0; row < table.size(); row++) {
      if (id.equals(table.id(row))) {
        return Optional.of(table.entry(row));
      }
    }
    return Optional.empty();
  }

  /** The country table that came with this gazetteer. */
  public Countries countries() {
    return countries;
  }

  public int size() {
    return table.size();
  }

  /** How many distinct name keys the index holds. */
  public int nameCount() {
    return index.size();
  }

  private static byte[] gunzip(String resource) {
    InputStream raw = Gazetteer.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException(
          "no " + resource + " on the class path; rebuild it with scripts/gazetteer");
    }
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
