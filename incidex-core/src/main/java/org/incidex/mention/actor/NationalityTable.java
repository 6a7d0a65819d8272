package org.incidex.mention.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link Nationalities} read from the {@code nationalities.tsv} resource. */
public final class NationalityTable implements Nationalities {
  private final Map<String, String> byDemonym = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();

  private NationalityTable() {}

  public static NationalityTable standard() {
    NationalityTable t = new NationalityTable();
    try (InputStream in = NationalityTable.class.getResourceAsStream("nationalities.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource nationalities.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        String iso = c[0];
        t.names.put(iso, c[1]);
        t.byName.put(key(c[1]), iso);
        String[] dem = c[2].split("\\|");
        t.demonyms.put(iso, dem[0]);
        for (String d : dem) {
          t.byDemonym.putIfAbsent(d.toLowerCase(Locale.ROOT), iso);
        }
        if (c.length > 3 && !c[3].isBlank()) {
          for (String other : c[3].split("\\|")) {
            t.byName.putIfAbsent(key(other), iso);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  private static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[^\\p{L}]", "");
    return k.startsWith("the") && name.toLowerCase(Locale.ROOT).startsWith("the ")
        ? k.substring(3)
        : k;
  }

  @Override
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word.toLowerCase(Locale.ROOT)));
  }

  @Override
  public Optional<String> countryOfName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  @Override
  public String nameOf(String iso2) {
    return names.getOrDefault(iso2, iso2);
  }

  @Override
  public String demonymOf(String iso2) {
    return demonyms.getOrDefault(iso2, nameOf(iso2));
  }
}
