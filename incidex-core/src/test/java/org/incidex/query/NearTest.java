package org.incidex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"50km, 50", "'50 km', 50", "50, 50", "500m, 0.5", "2.5KM, 2.5", "10mi, 16.09344"})
  void readsARadiusInKilometres(String text, double km) {
    assertThat(Near.parseRadiusKm(text)).isCloseTo(km, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "km", "fifty km", "-5km", "0km", "50 parsecs"})
  void refusesWhatIsNotADistance(String text) {
    assertThatThrownBy(() -> Near.parseRadiusKm(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void readsLatitudeThenLongitude() {
    assertThat(GeoPoint.parse("34.53, 69.17")).contains(new GeoPoint(34.53, 69.17));
    assertThat(GeoPoint.parse("-33.9,-70")).contains(new GeoPoint(-33.9, -70));
    assertThat(GeoPoint.parse("Kabul")).isEmpty();
  }

  @Test
  void aPointOutOfRangeIsRefused() {
    assertThatThrownBy(() -> GeoPoint.parse("95,10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within ±90");
  }

  @Test
  void kabulToJalalabadIsAbout115Kilometres() {
    GeoPoint kabul = new GeoPoint(34.5553, 69.2075);
    GeoPoint jalalabad = new GeoPoint(34.4415, 70.4361);

    assertThat(kabul.kilometresTo(jalalabad)).isCloseTo(113.5, within(2.0));
    assertThat(new Near(kabul, 50).contains(jalalabad)).isFalse();
    assertThat(new Near(kabul, 150).contains(jalalabad)).isTrue();
  }
}
