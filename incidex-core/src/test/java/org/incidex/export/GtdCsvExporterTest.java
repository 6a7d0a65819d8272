package org.incidex.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.export.ExportFixtures.attack;
import static org.incidex.export.ExportFixtures.operation;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidex.model.DateValue;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Location;
import org.incidex.model.Precision;
import org.incidex.model.SentenceRef;
import org.incidex.model.Target;
import org.incidex.model.When;
import org.incidex.model.WherePrecision;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtdCsvExporterTest {

  private static String csv(ExtractionResult r) throws IOException {
    StringWriter out = new StringWriter();
    new GtdCsvExporter().write(r, out);
    return out.toString();
  }

  /** The data rows, each as header → value, parsed back with a strict RFC 4180 reader. */
  private static List<Map<String, String>> rows(ExtractionResult r) throws IOException {
    List<List<String>> records = Rfc4180.parse(csv(r));
    List<String> header = records.get(0);
    return records.subList(1, records.size()).stream()
        .map(
            rec -> {
              assertThat(rec).hasSameSizeAs(header);
              Map<String, String> row = new HashMap<>();
              for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), rec.get(c));
              }
              return row;
            })
        .toList();
  }

  private static Map<String, String> row(ExtractionResult r, String incidexId) throws IOException {
    return rows(r).stream()
        .filter(row -> row.get("incidex_id").equals(incidexId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void headerNamesGtdColumnsFirstThenOurs() throws IOException {
    List<String> header = Rfc4180.parse(csv(ExportFixtures.empty())).get(0);
    assertThat(header)
        .containsExactly(
            "eventid",
            "iyear",
            "imonth",
            "iday",
            "approxdate",
            "extended",
            "resolution",
            "country_txt",
            "provstate",
            "city",
            "latitude",
            "longitude",
            "specificity",
            "summary",
            "suicide",
            "attacktype1_txt",
            "targtype1_txt",
            "targtype2_txt",
            "targtype3_txt",
            "gname",
            "gname2",
            "gname3",
            "guncertain1",
            "guncertain2",
            "guncertain3",
            "claimed",
            "nkill",
            "nwound",
            "dbsource",
            "incidex_id",
            "kind",
            "type",
            "date_start",
            "date_end",
            "date_precision",
            "place_precision",
            "killed_qualifier",
            "wounded_qualifier",
            "casualties",
            "casualties_qualifier",
            "perpetrators",
            "suspected",
            "targets",
            "sources",
            "evidence_sentence",
            "mentions");
  }

  @Test
  void emptyResultIsTheHeaderOnly() throws IOException {
    String out = csv(ExportFixtures.empty());
    assertThat(out).endsWith("mentions\r\n");
    assertThat(Rfc4180.parse(out)).hasSize(1);
  }

  @Test
  void attackRowSpeaksGtd() throws IOException {
    Map<String, String> kerman = row(ExportFixtures.seedLike(), "kerman-2024-01-03-bombing");
    assertThat(kerman)
        .containsEntry("eventid", "202401030001")
        .containsEntry("iyear", "2024")
        .containsEntry("imonth", "1")
        .containsEntry("iday", "3")
        .containsEntry("extended", "0")
        .containsEntry("country_txt", "Iran")
        .containsEntry("provstate", "Kerman Province")
        .containsEntry("city", "Kerman")
        .containsEntry("latitude", "30.28333")
        .containsEntry("longitude", "57.07879")
        .containsEntry("specificity", "1")
        .containsEntry("suicide", "1")
        .containsEntry("attacktype1_txt", "Bombing/Explosion")
        .containsEntry("targtype1_txt", "Private Citizens & Property")
        .containsEntry("targtype2_txt", "")
        .containsEntry("gname", ExportFixtures.ISKP)
        .containsEntry("guncertain1", "0")
        .containsEntry("gname2", "")
        .containsEntry("claimed", "-9")
        .containsEntry("nkill", "94")
        .containsEntry("nwound", "")
        .containsEntry("dbsource", "Incidex");
  }

  @Test
  void attackRowKeepsOurValuesAndEvidence() throws IOException {
    Map<String, String> kerman = row(ExportFixtures.seedLike(), "kerman-2024-01-03-bombing");
    assertThat(kerman)
        .containsEntry("kind", "attack")
        .containsEntry("type", "bombing")
        .containsEntry("date_start", "2024-01-03")
        .containsEntry("date_end", "")
        .containsEntry("date_precision", "day")
        .containsEntry("place_precision", "town")
        .containsEntry("killed_qualifier", "exact")
        .containsEntry("perpetrators", ExportFixtures.ISKP)
        .containsEntry("targets", "private_citizens")
        .containsEntry("sources", "seed-excerpt")
        .containsEntry("evidence_sentence", ExportFixtures.KERMAN_1)
        .containsEntry("summary", ExportFixtures.KERMAN_1 + " " + ExportFixtures.KERMAN_2)
        .containsEntry("mentions", "2");
  }

  @Test
  void overQualifierStaysBesideTheGtdNumber() throws IOException {
    Map<String, String> kabul = row(ExportFixtures.seedLike(), "kabul-2021-08-26-bombing");
    assertThat(kabul)
        .containsEntry("nkill", "170")
        .containsEntry("killed_qualifier", "over")
        .containsEntry("targtype1_txt", "Military")
        .containsEntry("targtype2_txt", "Private Citizens & Property")
        .containsEntry("country_txt", "Afghanistan");
  }

  @Test
  void securityOperationLeavesGtdAttackAndGroupColumnsEmpty() throws IOException {
    Map<String, String> arrest = row(ExportFixtures.seedLike(), "united-states-2024-06-arrest");
    assertThat(arrest)
        .containsEntry("attacktype1_txt", "")
        .containsEntry("gname", "")
        .containsEntry("guncertain1", "")
        .containsEntry("claimed", "")
        .containsEntry("kind", "security_operation")
        .containsEntry("type", "arrest")
        .containsEntry("perpetrators", "United States")
        .containsEntry("targtype1_txt", "Terrorists/Non-State Militia")
        .containsEntry("country_txt", "United States")
        .containsEntry("latitude", "")
        .containsEntry("specificity", "5");
  }

  @Test
  void suspectedGroupIsNamedAsUncertain() throws IOException {
    Map<String, String> nangarhar = row(ExportFixtures.seedLike(), "nangarhar-2014-bombing");
    assertThat(nangarhar)
        .containsEntry("gname", "Taliban")
        .containsEntry("guncertain1", "1")
        .containsEntry("perpetrators", "")
        .containsEntry("suspected", "Taliban")
        .containsEntry("specificity", "4");
  }

  @Test
  void jointTotalGoesToCasualtiesNotToGtdKilledOrWounded() throws IOException {
    Map<String, String> nangarhar = row(ExportFixtures.seedLike(), "nangarhar-2014-bombing");
    assertThat(nangarhar)
        .containsEntry("nkill", "")
        .containsEntry("nwound", "")
        .containsEntry("casualties", "40")
        .containsEntry("casualties_qualifier", "at_least");
  }

  @Test
  void attackWithoutAGroupIsUnknownAsInGtd() throws IOException {
    var r = ExportFixtures.incidents(attack("a", IncidentType.ARMED_ASSAULT).build());
    assertThat(rows(r).get(0))
        .containsEntry("gname", "Unknown")
        .containsEntry("guncertain1", "")
        .containsEntry("attacktype1_txt", "Armed Assault");
  }

  @ParameterizedTest(name = "{0} {1}..{2}")
  @CsvSource(
      textBlock =
          """
          DAY,          2024-01-03, 2024-01-03, 202401030001, 2024, 1, 3, ''
          MONTH,        2024-06-01, 2024-06-30, 202406000001, 2024, 6, 0, ''
          PART_OF_YEAR, 2014-01-01, 2014-04-30, 201400000001, 2014, 0, 0, 2014-01-01/2014-04-30
          YEAR,         2019-01-01, 2019-12-31, 201900000001, 2019, 0, 0, ''
          DECADE,       1980-01-01, 1989-12-31, 000000000001, '',   0, 0, 1980-01-01/1989-12-31
          """)
  void unknownMonthAndDayAreZeroAsInGtd(
      Precision precision,
      LocalDate first,
      LocalDate last,
      String eventId,
      String year,
      String month,
      String day,
      String approx)
      throws IOException {
    var r =
        ExportFixtures.incidents(
            attack("a", IncidentType.BOMBING)
                .date(new DateValue(first, last, precision), "January 2024")
                .build());
    assertThat(rows(r).get(0))
        .containsEntry("eventid", eventId)
        .containsEntry("iyear", year)
        .containsEntry("imonth", month)
        .containsEntry("iday", day)
        .containsEntry("approxdate", approx);
  }

  @Test
  void undatedIncidentHasAZeroDateInItsEventId() throws IOException {
    var r = ExportFixtures.incidents(attack("a", IncidentType.BOMBING).build());
    assertThat(rows(r).get(0))
        .containsEntry("eventid", "000000000001")
        .containsEntry("iyear", "")
        .containsEntry("imonth", "0")
        .containsEntry("iday", "0")
        .containsEntry("date_precision", "");
  }

  @Test
  void incidentsOfOneDayAreNumberedInOrder() throws IOException {
    var r =
        ExportFixtures.incidents(
            attack("a", IncidentType.BOMBING).date(DateValue.day(2024, 1, 3), "January").build(),
            attack("b", IncidentType.BOMBING).date(DateValue.year(2024), "2024").build(),
            attack("c", IncidentType.BOMBING).date(DateValue.day(2024, 1, 3), "Kerman").build());
    assertThat(rows(r))
        .extracting(row -> row.get("eventid"))
        .containsExactly("202401030001", "202400000001", "202401030002");
  }

  @Test
  void endDateMakesTheIncidentExtended() throws IOException {
    var r =
        ExportFixtures.incidents(
            attack("a", IncidentType.HOSTAGE_BARRICADE)
                .when(
                    new When(DateValue.day(2013, 9, 21), Optional.of(DateValue.day(2013, 9, 24))),
                    "January 2024")
                .build());
    assertThat(rows(r).get(0))
        .containsEntry("extended", "1")
        .containsEntry("resolution", "2013-09-24")
        .containsEntry("date_end", "2013-09-24")
        .containsEntry("attacktype1_txt", "Hostage Taking (Barricade Incident)");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() throws IOException {
    String place = "Kabul, \"Green Zone\"";
    String sentence = "A line,\nanother with \"quotes\"\r\nand a third.";
    var r =
        ExportFixtures.incidents(
            attack("a", IncidentType.BOMBING)
                .location(
                    new Location(
                        Optional.of(place),
                        Optional.empty(),
                        Optional.of("AF"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    "Kabul")
                .mention(new SentenceRef("doc, with comma", new Span(0, 5), sentence))
                .build());
    String out = csv(r);
    assertThat(out).contains("\"Kabul, \"\"Green Zone\"\"\"");
    Map<String, String> row = rows(r).get(0);
    assertThat(row)
        .containsEntry("city", place)
        .containsEntry("evidence_sentence", sentence)
        .containsEntry("sources", "doc, with comma");
  }

  @Test
  void nonAsciiIsWrittenAsIs() throws IOException {
    assertThat(csv(ExportFixtures.seedLike())).contains("Islamic State – Khorasan Province");
  }

  @Test
  void everyAttackTypeHasAGtdNameAndNoOperationHasOne() {
    for (IncidentType t : IncidentType.values()) {
      assertThat(GtdCodes.ATTACK_TYPES.containsKey(t))
          .as(t.name())
          .isEqualTo(t.kind() == Kind.ATTACK);
    }
  }

  @Test
  void everyTargetHasAGtdName() {
    assertThat(GtdCodes.TARGET_TYPES).containsOnlyKeys(Target.values());
  }

  @Test
  void everyLocationPrecisionHasAGtdSpecificity() {
    assertThat(GtdCodes.SPECIFICITY).containsOnlyKeys(WherePrecision.values());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "IR, Iran",
    "AF, Afghanistan",
    "PK, Pakistan",
    "US, United States",
    "GB, United Kingdom",
    "RU, Russia",
    "SY, Syria",
    "PS, West Bank and Gaza Strip",
    "CD, Democratic Republic of the Congo",
    "CG, Republic of the Congo",
    "BA, Bosnia-Herzegovina",
    "CI, Ivory Coast",
    "TR, Turkey",
    "TT, Trinidad and Tobago",
    "XK, Kosovo",
    "ir, Iran",
    "QQ, QQ"
  })
  void countriesGetGtdNames(String iso, String name) {
    assertThat(GtdCountries.name(iso)).isEqualTo(name);
  }

  @Test
  void securityOperationWithoutTargetsHasEmptyTargetColumns() throws IOException {
    var r = ExportFixtures.incidents(operation("o", IncidentType.AIRSTRIKE).build());
    assertThat(rows(r).get(0))
        .containsEntry("targtype1_txt", "")
        .containsEntry("type", "airstrike")
        .containsEntry("gname", "");
  }
}
