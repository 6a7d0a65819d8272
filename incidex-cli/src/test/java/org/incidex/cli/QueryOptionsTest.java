package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad options of the store commands: one clear line on standard error and exit 2, nothing else. */
class QueryOptionsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --since   | 2020-13     | Invalid value for option '--since': '2020-13' is not a date: there is no month 13
          --until   | 2021-02-30  | Invalid value for option '--until': '2021-02-30' is not a date: February 2021 has no day 30
          --since   | last year   | Invalid value for option '--since': 'last year' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD
          --country | AFG         | Invalid value for option '--country': 'AFG' is not a country code; expected two letters
          --type    | bomb        | Invalid value for option '--type': 'bomb' is not a known incident type; expected one of assassination,
          --kind    | war         | Invalid value for option '--kind': 'war' is not a known kind; expected one of attack, security_operation
          --radius  | 5 parsecs   | Invalid value for option '--radius': '5 parsecs' is not a distance
          --radius  | 5km         | --radius needs --near PLACE or LAT,LON
          --near    | 95,10       | Invalid value for option '--near': latitude must be within ±90
          --near    | Qxzvbtown   | Invalid value for option '--near': cannot place 'Qxzvbtown'; give LAT,LON
          --text    | '!!!'       | Invalid value for option '--text': '!!!' has no word to search for
          --format  | pdf         | Invalid value for option '--format': unknown format 'pdf'
          --bogus   | x           | Unknown options: '--bogus', 'x'
          """)
  void aBadOptionIsOneLineAndExit2(String option, String value, String message) {
    Cli.Run run = Cli.run("incidents", "--db", dir.resolve("none.db").toString(), option, value);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith("incidex: " + message)
        .endsWith("(see 'incidex incidents --help')");
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("none.db")).doesNotExist();
  }

  @Test
  void untilBeforeSinceIsABadOption() {
    Cli.Run run =
        Cli.run(
            "incidents",
            "--db",
            dir.resolve("none.db").toString(),
            "--since",
            "2022",
            "--until",
            "2021-12");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "incidex: --until 2021-12 is before --since 2022; nothing can match (see 'incidex incidents --help')");
  }

  @Test
  void ingestWithoutFilesIsABadOption() {
    Cli.Run run = Cli.run("ingest", "--db", dir.resolve("none.db").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("incidex: Missing required parameter");
  }

  @Test
  void queryingAStoreThatDoesNotExistSaysHowToMakeOne() {
    Path missing = dir.resolve("missing.db");

    Cli.Run incidents = Cli.run("incidents", "--db", missing.toString());
    Cli.Run export = Cli.run("export", "--db", missing.toString());

    assertThat(incidents.exit()).isEqualTo(1);
    assertThat(incidents.errLines())
        .containsExactly(
            "incidex: no store at "
                + missing
                + "; add documents first: incidex ingest --db "
                + missing
                + " FILE...");
    assertThat(export.exit()).isEqualTo(1);
    assertThat(missing).doesNotExist();
  }

  @Test
  void theDefaultStoreIsInTheXdgDataFolder() {
    assertThat(
            StoreOptions.defaultLocation(
                name -> name.equals("XDG_DATA_HOME") ? "/data" : null, "/home/u"))
        .isEqualTo("/data/incidex/incidex.db");
    assertThat(StoreOptions.defaultLocation(name -> null, "/home/u"))
        .isEqualTo("/home/u/.local/share/incidex/incidex.db");
    assertThat(StoreOptions.defaultLocation(name -> "", "/home/u"))
        .isEqualTo("/home/u/.local/share/incidex/incidex.db");
  }
}
