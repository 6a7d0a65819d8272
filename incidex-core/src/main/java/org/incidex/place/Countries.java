package org.incidex.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country table ({@code gazetteer/countries.tsv}): names, other names and demonyms → ISO 3166-1
 * alpha-2. Lookups fold case, diacritics and punctuation like {@link PlaceNames#key}, so {@code
 * U.S.}, {@code US} and {@code United States} all give {@code US}. Demonyms are not places; they
 * hint at a country ({@code Afghan} → {@code AF}).
 */
public final class Countries {
  static final String RESOURCE = "/gazetteer/countries.tsv";

  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byDemonym = new HashMap<>();

  private Countries(List<Country> countries) {
    for (Country c : countries) {
      byCode.put(c.iso2(), c);
      byName.putIfAbsent(PlaceNames.key(c.name()), c);
      c.alternates().forEach(a -> byName.putIfAbsent(PlaceNames.key(a), c));
      c.demonyms().forEach(d -> byDemonym.putIfAbsent(PlaceNames.key(d), c));
    }
  }

  /** Reads the table shipped in incidex-core's resources. */
  public static Countries load() {
    try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + RESOURCE + " on the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Countries parse(String tsv) {
    List<Country> countries = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new StringReader(tsv))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        countries.add(
            new Country(
                f[0],
                f[1],
                list(f[2]),
                list(f[3]),
                optional(f[4]),
                optional(f[5]),
                optional(f[6]).map(Double::valueOf),
                optional(f[7]).map(Double::valueOf)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Countries(countries);
  }

  public Optional<Country> byCode(String iso2) {
    return Optional.ofNullable(byCode.get(iso2));
  }

  /** A country by its name or another name ({@code Iran}, {@code Persia}, {@code Türkiye}). */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(PlaceNames.key(name)));
  }

  /** The ISO code a demonym or nationality adjective points to: {@code Afghan} → {@code AF}. */
  public Optional<String> fromDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(PlaceNames.key(word))).map(Country::iso2);
  }

  /** The ISO code of a country name or a demonym, whichever the word is. */
  public Optional<String> fromNameOrDemonym(String word) {
    return byName(word).map(Country::iso2).or(() -> fromDemonym(word));
  }

  public Collection<Country> all() {
    return List.copyOf(byCode.values());
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
  }

  private static Optional<String> optional(String field) {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }
}
