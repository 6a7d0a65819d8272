package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.incidex.model.DateValue;
import org.incidex.model.Incident;
import org.incidex.model.Precision;
import org.incidex.pipeline.ExtractionResult;

/**
 * Incidents as a CSV in the Global Terrorism Database's column names, for analysts who already read
 * GTD data: one header row, then one row per incident (actors and relations are not in this format;
 * see the interchange JSON or GraphML). RFC 4180: comma-separated, CRLF line ends, quoted fields
 * where needed. Text is written as is to {@code out}; the CLI encodes it as UTF-8 without a BOM.
 *
 * <p>{@link GtdColumns} lists the columns and how each is filled, and {@link GtdCodes} and {@link
 * GtdCountries} the value mappings. {@code eventid} follows GTD's shape: the incident's date as
 * {@code yyyymmdd} (zeros where unknown) and a 4-digit sequence number within that date, in export
 * order; our own id is in {@code incidex_id}.
 */
public final class GtdCsvExporter implements Exporter {

  @Override
  public void write(ExtractionResult result, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.record(GtdColumns.header());
    Map<String, Integer> sequence = new HashMap<>();
    for (Incident incident : result.incidents()) {
      String day = datePrefix(incident);
      int n = sequence.merge(day, 1, Integer::sum);
      csv.record(
          GtdColumns.values(new GtdRow(incident, day + String.format(Locale.ROOT, "%04d", n))));
    }
    out.flush();
  }

  /** {@code yyyymmdd} of the incident's start, with zeros for what the text does not give. */
  static String datePrefix(Incident incident) {
    DateValue d = incident.date().map(s -> s.value().start()).orElse(null);
    if (d == null || d.precision() == Precision.DECADE) {
      return "00000000";
    }
    int month =
        d.precision().ordinal() <= Precision.MONTH.ordinal() ? d.first().getMonthValue() : 0;
    int day = d.precision() == Precision.DAY ? d.first().getDayOfMonth() : 0;
    return String.format(Locale.ROOT, "%04d%02d%02d", d.first().getYear(), month, day);
  }
}
