package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Muc4ModelTest {

  @Test
  void theShippedModelLoadsWithAThresholdPerSlot() {
    Muc4Model model = Muc4Model.standard();
    assertThat(model.size()).isGreaterThan(1000);
    for (Slot s : Slot.values()) {
      assertThat(model.threshold(s)).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aModelReadsBackAsWritten() throws Exception {
    Map<Slot, Double> thresholds = new EnumMap<>(Slot.class);
    for (Slot s : Slot.values()) {
      thresholds.put(s, 0.25 + s.ordinal() / 100.0);
    }
    Muc4Model model =
        new Muc4Model(
            new LinearModel(
                Outlook.OUTPUTS, Map.of("w=bomb", new float[] {1, 2, -1, 0, 0, 0, 0.5f})),
            new LinearModel(Slot.values().length, Map.of("h=bomb", new float[] {0, 0, 0, 0, 3})),
            thresholds);
    StringWriter out = new StringWriter();
    model.write(out);
    Muc4Model back =
        Muc4Model.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(back.threshold(Slot.WEAPON)).isEqualTo(0.29);
    assertThat(back.roles(List.of("h=bomb", "unknown"))[Slot.WEAPON.ordinal()])
        .isEqualTo(1 / (1 + Math.exp(-3)));
    assertThat(back.outlook(List.of("w=bomb")).type(Muc4Type.ATTACK))
        .isEqualTo(1 / (1 + Math.exp(-2)));
  }
}
