package org.incidex.mention.actor;

import java.util.Optional;
import org.incidex.place.Countries;
import org.incidex.place.Country;

/** {@link Nationalities} from the gazetteer's country table (names, alternates, demonyms). */
public final class CountryNationalities implements Nationalities {
  private final Countries countries;

  public CountryNationalities(Countries countries) {
    this.countries = countries;
  }

  @Override
  public Optional<String> countryOfDemonym(String word) {
    return countries.fromDemonym(word);
  }

  @Override
  public Optional<String> countryOfName(String name) {
    String bare = name.replaceAll("^(?i:the)\\s+", "").replaceAll("['’]s$", "");
    return countries.byName(bare).map(Country::iso2);
  }

  @Override
  public String nameOf(String iso2) {
    return countries.byCode(iso2).map(Country::name).orElse(iso2);
  }

  @Override
  public String demonymOf(String iso2) {
    return countries
        .byCode(iso2)
        .flatMap(c -> c.demonyms().stream().findFirst())
        .orElse(nameOf(iso2));
  }
}
