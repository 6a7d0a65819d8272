package org.incidex.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValueTest {

  @Test
  void aPartOfAYearIsExportedAsItsYear() {
    DateValue early = DateValue.partOfYear(2014, 1, 4);

    assertThat(early.first()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(early.last()).isEqualTo(LocalDate.of(2014, 4, 30));
    assertThat(early.precision()).isEqualTo(Precision.PART_OF_YEAR);
    assertThat(early.iso()).contains("2014");
  }

  @Test
  void aDecadeHasNoIsoForm() {
    DateValue eighties = DateValue.decade(1980);

    assertThat(eighties.first()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(eighties.last()).isEqualTo(LocalDate.of(1989, 12, 31));
    assertThat(eighties.iso()).isEmpty();
    assertThat(eighties).hasToString("1980s");
  }
}
