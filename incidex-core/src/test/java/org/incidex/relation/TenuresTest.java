package org.incidex.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.incidex.model.When;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tenures written after a name or title: in brackets, or after since / from / between. */
class TenuresTest {
  private final Tenures tenures = new Tenures();

  @ParameterizedTest(name = "{index}: [{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "' (29 June 2014 – 27 October 2019) the longest serving' | 2014-06-29..2019-10-27",
        "' (29 June 2014 - 27 October 2019)'                     | 2014-06-29..2019-10-27",
        "' (2015–present)'                                       | 2015",
        "' (1976 – 2009)'                                        | 1976..2009",
        "' since early 2021'                                     | 2021",
        "', since March 2008,'                                   | 2008-03",
        "' from 2008 to 2012'                                    | 2008..2012",
        "' from May 2011 to June 2015'                           | 2011-05..2015-06",
        "' between 1987 and 1990'                                | 1987..1990",
        "', who has served since 2013'                           | 2013",
        "' in office from 4 April 2020'                          | 2020-04-04",
        "' since the 1980s'                                      | 1980s",
        "' (caliph of ISIS)'                                     | none",
        "' (deputy emir)'                                        | none",
        "', the leader of IS'                                    | none",
        "' since Tuesday'                                        | none",
        "''                                                      | none"
      })
  void readsTheTenureAfterAName(String text, String expected) {
    assertThat(describe(tenures.after(text, 0))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{index}: [{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "29 June 2014 – 27 October 2019 | 2014-06-29..2019-10-27",
        "since early 2021               | 2021",
        "2014–present                   | 2014",
        "2013                           | 2013",
        "no date at all                 | none"
      })
  void parsesATenurePhrase(String phrase, String expected) {
    assertThat(describe(tenures.parse(phrase))).isEqualTo(expected);
  }

  private static String describe(Optional<When> w) {
    return w.map(x -> x.start() + x.end().map(e -> ".." + e).orElse("")).orElse("none");
  }
}
