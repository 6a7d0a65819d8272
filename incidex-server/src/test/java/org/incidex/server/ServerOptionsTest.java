package org.incidex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerOptionsTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "127.0.0.2, true",
    "localhost, true",
    "::1, true",
    "0.0.0.0, false",
    "::, false",
    "192.168.1.10, false",
    "no-such-host.invalid, false",
    "'', false",
  })
  void knowsWhichAddressesAreLoopback(String host, boolean loopback) {
    assertThat(ServerOptions.isLoopback(host)).isEqualTo(loopback);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.168.1.10", "::"})
  void anExposedAddressNeedsAToken(String host) {
    ServerOptions open = new ServerOptions(host, 8080, 1024, Optional.empty());
    assertThatThrownBy(open::checkExposure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INCIDEX_TOKEN");
    assertThatCode(open.withToken("t")::checkExposure).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankTokenIsNoToken(String token) {
    ServerOptions open = new ServerOptions("0.0.0.0", 8080, 1024, Optional.of(token));
    assertThat(open.token()).isEmpty();
    assertThatThrownBy(open::checkExposure).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"-1, 1024, port -1", "65536, 1024, port 65536", "80, 0, at least one byte"})
  void refusesImpossibleValues(int port, long maxBody, String message) {
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", port, maxBody, Optional.empty()))
        .hasMessageContaining(message);
  }
}
