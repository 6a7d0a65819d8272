package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Muc4TypeTest {

  @ParameterizedTest
  @EnumSource(Muc4Type.class)
  void everyTypeReadsBackFromItsKey(Muc4Type type) {
    assertThat(Muc4Type.of(type.key())).contains(type);
  }

  @Test
  void anAmbiguousKeyHasBothAlternatives() {
    assertThat(Muc4Type.alternatives("Bombing / attack "))
        .contains(List.of(Muc4Type.BOMBING, Muc4Type.ATTACK));
  }

  @Test
  void anUnknownTypeIsNone() {
    assertThat(Muc4Type.alternatives("attack / riot")).isEqualTo(Optional.empty());
  }
}
