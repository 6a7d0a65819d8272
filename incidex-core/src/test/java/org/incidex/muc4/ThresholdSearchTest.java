package org.incidex.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incidex.muc4.ThresholdSearch.Cut;
import org.incidex.muc4.ThresholdSearch.Ranked;
import org.junit.jupiter.api.Test;

class ThresholdSearchTest {

  @Test
  void tiedProbabilitiesMakeOneCutAfterTheNoneCut() {
    List<Ranked> ranked =
        new ArrayList<>(
            List.of(new Ranked(0.5, true), new Ranked(0.9, true), new Ranked(0.5, false)));
    assertThat(ThresholdSearch.cuts(ranked, 4))
        .containsExactly(new Cut(1.0, 0, 0, 4), new Cut(0.9, 1, 1, 4), new Cut(0.5, 2, 3, 4));
  }

  @Test
  void noEntitiesGiveOnlyTheNoneCut() {
    assertThat(ThresholdSearch.cuts(new ArrayList<>(), 3)).containsExactly(new Cut(1.0, 0, 0, 3));
  }

  @Test
  void aWeakSlotProposesLessThanItsOwnF1WouldAskForWhenTheTotalGains() {
    Map<Slot, List<Cut>> options = new EnumMap<>(Slot.class);
    options.put(Slot.WEAPON, List.of(new Cut(1.0, 0, 0, 10), new Cut(0.9, 8, 10, 10)));
    // alone, PerpInd's F1 peaks at 0.3 (10/30 against 4/14); with Weapon's 8 of 10 the total
    // peaks at 0.8 (20/34 against 26/50)
    options.put(
        Slot.PERP_IND,
        List.of(new Cut(1.0, 0, 0, 10), new Cut(0.8, 2, 4, 10), new Cut(0.3, 5, 20, 10)));
    Map<Slot, Cut> chosen = ThresholdSearch.bestMicro(options);
    assertThat(chosen.get(Slot.PERP_IND).threshold()).isEqualTo(0.8);
    assertThat(chosen.get(Slot.WEAPON).threshold()).isEqualTo(0.9);
  }
}
