package org.incidex.export;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 codes → the country names the Global Terrorism Database writes in {@code
 * country_txt}.
 *
 * <p>Most names are the JDK's English short names with {@code &} spelled {@code and} ({@code TT} →
 * {@code Trinidad and Tobago}). {@link #GTD_SPELLINGS} lists the codes where GTD spells a name its
 * own way, or where the JDK's name may change between releases ({@code TR}).
 */
final class GtdCountries {
  private GtdCountries() {}

  /** GTD's spelling where it differs from (or must not follow) the JDK's English name. */
  static final Map<String, String> GTD_SPELLINGS =
      Map.ofEntries(
          Map.entry("BA", "Bosnia-Herzegovina"),
          Map.entry("CD", "Democratic Republic of the Congo"),
          Map.entry("CG", "Republic of the Congo"),
          Map.entry("CI", "Ivory Coast"),
          Map.entry("CZ", "Czech Republic"),
          Map.entry("HK", "Hong Kong"),
          Map.entry("KN", "St. Kitts and Nevis"),
          Map.entry("LC", "St. Lucia"),
          Map.entry("MK", "Macedonia"),
          Map.entry("MM", "Myanmar"),
          Map.entry("MO", "Macau"),
          Map.entry("PS", "West Bank and Gaza Strip"),
          Map.entry("SK", "Slovak Republic"),
          Map.entry("SZ", "Swaziland"),
          Map.entry("TL", "East Timor"),
          Map.entry("TR", "Turkey"),
          Map.entry("VA", "Vatican City"),
          Map.entry("XK", "Kosovo"));

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /** The GTD name of an ISO code; a code we do not know is returned as given. */
  static String name(String iso2) {
    String code = iso2.toUpperCase(Locale.ROOT);
    String gtd = GTD_SPELLINGS.get(code);
    if (gtd != null) {
      return gtd;
    }
    if (!ISO_CODES.contains(code)) {
      return iso2;
    }
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH).replace(" & ", " and ");
  }
}
