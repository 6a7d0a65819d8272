package org.incidex.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  private final Countries countries = Countries.load();

  @ParameterizedTest
  @CsvSource({
    "Afghan, AF", "Afghans, AF", "Pakistani, PK", "Somali, SO", "Kenyan, KE", "Iranian, IR",
    "Ugandan, UG", "Malian, ML", "Turkish, TR", "Egyptian, EG", "Lebanese, LB", "Russian, RU",
    "Tajik, TJ", "Salvadoran, SV", "Guatemalan, GT", "American, US", "Iraqi, IQ", "Syrian, SY",
  })
  void demonymsPointToTheirCountry(String demonym, String iso2) {
    assertThat(countries.fromDemonym(demonym)).contains(iso2);
  }

  @ParameterizedTest
  @CsvSource({
    "Iran, IR", "Persia, IR", "U.S., US", "United States of America, US", "Türkiye, TR",
    "Turkiye, TR", "DR Congo, CD", "Ivory Coast, CI", "Côte d'Ivoire, CI", "Burma, MM",
    "El Salvador, SV", "UK, GB",
  })
  void namesAndOtherNamesPointToTheirCountry(String name, String iso2) {
    assertThat(countries.byName(name)).map(Country::iso2).contains(iso2);
  }

  @Test
  void aCountryHasItsCapitalAndAPoint() {
    Country af = countries.byCode("AF").orElseThrow();
    assertThat(af.capital()).contains("Kabul");
    assertThat(af.lat()).isPresent();
    assertThat(af.demonyms()).contains("Afghan");
  }

  @Test
  void placesAndWordsAreNotDemonyms() {
    assertThat(countries.fromDemonym("Kabul")).isEmpty();
    assertThat(countries.fromDemonym("")).isEmpty();
    assertThat(countries.fromNameOrDemonym("Kenya")).contains("KE");
  }
}
