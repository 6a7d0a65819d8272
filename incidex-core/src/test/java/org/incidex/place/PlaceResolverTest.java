package org.incidex.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names from shared/corpus and shared/data/muc4 resolve to the intended place: the right country
 * and within 25 km of that place's point in this gazetteer build (points checked against the
 * places' known positions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceResolverTest {
  private static final double TOLERANCE_KM = 25;

  private final Gazetteer gazetteer = Gazetteer.load();
  private final PlaceResolver resolver = new PlaceResolver(gazetteer);

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource({
    // name, country hint, expected country, lat, lon
    "Kerman, '', IR, 30.2832, 57.0788",
    "Kabul, '', AF, 34.5281, 69.1723",
    "Jalalabad, '', AF, 34.4265, 70.4515",
    "Peshawar, '', PK, 34.0080, 71.5785",
    "Hyderabad, PK, PK, 25.3924, 68.3737",
    "Quetta, '', PK, 30.1841, 67.0014",
    "Lahore, '', PK, 31.5580, 74.3507",
    "Multan, '', PK, 30.1968, 71.4782",
    "Islamabad, '', PK, 33.7215, 73.0433",
    "Khar, '', PK, 34.7361, 71.5274",
    "Krasnogorsk, '', RU, 55.8204, 37.3302",
    "Moscow, '', RU, 55.7522, 37.6156",
    "Beslan, '', RU, 43.1922, 44.5431",
    "Volgograd, '', RU, 48.7194, 44.5018",
    "Stalingrad, '', RU, 48.7194, 44.5018",
    "Sochi, '', RU, 43.5992, 39.7257",
    "Nairobi, '', KE, -1.2833, 36.8167",
    "Mogadishu, '', SO, 2.0371, 45.3438",
    "Kismayo, '', SO, -0.3582, 42.5454",
    "Kampala, '', UG, 0.3163, 32.5822",
    "Bamako, '', ML, 12.6500, -8.0000",
    "Mansoura, EG, EG, 31.0364, 31.3807",
    "Istanbul, '', TR, 41.0138, 28.9497",
    "Beirut, '', LB, 33.8933, 35.5016",
    "Raqqa, '', SY, 35.9528, 39.0079",
    "Mosul, '', IQ, 36.3350, 43.1189",
    "Takhar, '', AF, 36.7361, 69.5345",
    "Kunar, '', AF, 34.8731, 71.1470",
    "Nangarhar, '', AF, 34.4265, 70.4515",
    "Logar, '', AF, 33.9953, 69.0227",
    "Kuz Kunar, '', AF, 34.5717, 70.5886",
    "Achin, '', AF, 34.1282, 70.7183",
    "Bagram, '', AF, 34.9508, 69.2287",
    "Khyber Pakhtunkhwa, '', PK, 34.0080, 71.5785",
    "Moscow Oblast, '', RU, 55.7342, 37.8262",
    "Dakahlia, '', EG, 31.0364, 31.3807",
    "Dagestan, '', RU, 42.9764, 47.5024",
    "San Salvador, '', SV, 13.6894, -89.1872",
    "San Salvador de Jujuy, '', AR, -24.1946, -65.2971",
    "Lima, '', PE, -12.0432, -77.0282",
    "Bogota, '', CO, 4.6097, -74.0817",
    "Bogotá, '', CO, 4.6097, -74.0817",
    "Medellin, '', CO, 6.2518, -75.5636",
    "Guatemala City, '', GT, 14.6407, -90.5133",
    "Tegucigalpa, '', HN, 14.0818, -87.2068",
    "Managua, '', NI, 12.1328, -86.2504",
    "Ayacucho, '', PE, -13.1588, -74.2232",
    "Usulutan, '', SV, 13.3500, -88.4500",
    "Santa Tecla, '', SV, 13.6769, -89.2797",
    "Zacapa, '', GT, 14.9722, -89.5306",
    "El Peten, '', GT, 16.9226, -89.8994",
    "Flores, GT, GT, 16.9226, -89.8994",
    "Buenos Aires, '', AR, -34.6132, -58.3772",
    "Atlanta, '', US, 33.7490, -84.3880",
    "Selinsgrove, '', US, 40.7990, -76.8622",
  })
  void resolvesToTheIntendedPlace(
      String name, String hint, String country, double lat, double lon) {
    PlaceHints hints = hint.isEmpty() ? PlaceHints.none() : PlaceHints.none().withCountry(hint);
    GazetteerEntry e = resolver.resolve(name, hints).orElseThrow();
    assertThat(e.country()).isEqualTo(country);
    assertThat(e.distanceKm(lat, lon)).isLessThan(TOLERANCE_KM);
  }

  @Test
  void aCountryNamedWithAPlacePicksTheNamesake() {
    assertThat(resolver.resolve("Hyderabad", PlaceHints.none()).orElseThrow().country())
        .isEqualTo("IN");
    assertThat(
            resolver
                .resolve("Hyderabad", PlaceHints.none().withCountry("PK"))
                .orElseThrow()
                .country())
        .isEqualTo("PK");
    assertThat(
            resolver
                .resolve("Kerman", PlaceHints.none().withCountry("US"))
                .orElseThrow()
                .admin1Code())
        .isEqualTo("CA");
  }

  @Test
  void theDocumentsCountriesPickTheNamesake() {
    assertThat(resolver.resolve("Mansoura", PlaceHints.none()).orElseThrow().country())
        .isEqualTo("DZ");
    PlaceHints egypt = PlaceHints.none().withCountryWeights(Map.of("EG", 1.0));
    assertThat(resolver.resolve("Mansoura", egypt).orElseThrow().country()).isEqualTo("EG");
    PlaceHints india = PlaceHints.none().withCountryWeights(Map.of("IN", 1.0));
    assertThat(resolver.resolve("Punjab", india).orElseThrow().country()).isEqualTo("IN");
  }

  @Test
  void primaryNamesBeatAlternateFalseFriends() {
    assertThat(resolver.resolve("Khar", PlaceHints.none()).orElseThrow().country()).isEqualTo("PK");
    assertThat(resolver.resolve("Takhar", PlaceHints.none()).orElseThrow().country())
        .isEqualTo("AF");
  }

  @Test
  void aDivisionWordAsksForTheDivision() {
    PlaceHints province = PlaceHints.none().withKinds(Set.of(PlaceKind.ADMIN1));
    assertThat(resolver.resolve("Kerman", PlaceHints.none()).orElseThrow().kind())
        .isEqualTo(PlaceKind.POPULATED_PLACE);
    assertThat(resolver.resolve("Kerman", province).orElseThrow().id()).isEqualTo("admin1:IR.29");
    assertThat(resolver.resolve("Baghlan", province).orElseThrow().id()).isEqualTo("admin1:AF.03");
  }

  @Test
  void aDivisionNamedLikeItsSeatGivesTheTown() {
    assertThat(resolver.resolve("Raqqa", PlaceHints.none()).orElseThrow().kind())
        .isEqualTo(PlaceKind.POPULATED_PLACE);
  }

  @Test
  void aNearHintRulesOutFarNamesakes() {
    GazetteerEntry bamako = resolver.resolve("Bamako", PlaceHints.none()).orElseThrow();
    assertThat(resolver.resolve("Faladié", PlaceHints.none())).isPresent();
    assertThat(resolver.resolve("Faladié", PlaceHints.none().withNear(bamako))).isEmpty();
  }

  @Test
  void unknownNamesResolveToNothing() {
    assertThat(resolver.resolve("Haret Hreik", PlaceHints.none())).isEmpty();
    assertThat(resolver.resolve("", PlaceHints.none())).isEmpty();
  }
}
