package org.incidex.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidex.model.Count;
import org.incidex.model.DateValue;
import org.incidex.model.Location;
import org.incidex.model.Precision;
import org.incidex.model.SentenceRef;
import org.incidex.model.Sourced;

/**
 * The columns of the GTD-style CSV, in order: first the Global Terrorism Database's own (codebook
 * names and conventions), then ours, named so they cannot be mistaken for GTD's. Each column is its
 * header and the function that fills it, so the two cannot drift apart.
 *
 * <p>GTD conventions kept: {@code imonth}/{@code iday} are {@code 0} when the text gives no month
 * or day; {@code approxdate} carries a season or decade as an ISO interval ({@code
 * 2014-01-01/2014-04-30}); {@code extended} is {@code 1} when the incident has an end date after
 * its start; {@code gname} is {@code Unknown} for an attack with no named group; a suspected group
 * follows the perpetrators with {@code guncertain} = 1; {@code claimed} is {@code -9} (no
 * information: our incidents do not yet record whether a group claimed or was named as the actor).
 * Security operations leave GTD's attack and group columns empty: GTD does not code them.
 */
final class GtdColumns {
  private GtdColumns() {}

  record Column(String name, Function<GtdRow, String> value) {}

  static final List<Column> ALL = columns();

  static List<String> header() {
    return ALL.stream().map(Column::name).toList();
  }

  static List<String> values(GtdRow row) {
    return ALL.stream().map(c -> c.value().apply(row)).toList();
  }

  private static List<Column> columns() {
    List<Column> c = new ArrayList<>();
    // GTD's columns, in the codebook's order.
    c.add(col("eventid", GtdRow::eventId));
    c.add(col("iyear", r -> datePart(r, Precision.YEAR, d -> d.first().getYear(), "")));
    c.add(col("imonth", r -> datePart(r, Precision.MONTH, d -> d.first().getMonthValue(), "0")));
    c.add(col("iday", r -> datePart(r, Precision.DAY, d -> d.first().getDayOfMonth(), "0")));
    c.add(col("approxdate", GtdColumns::approxDate));
    c.add(col("extended", r -> extended(r) ? "1" : "0"));
    c.add(col("resolution", r -> text(r.end().flatMap(DateValue::iso))));
    c.add(col("country_txt", r -> text(r.location().country().map(GtdCountries::name))));
    c.add(col("provstate", r -> text(r.location().admin1())));
    c.add(col("city", r -> text(r.location().place())));
    c.add(col("latitude", r -> text(r.location().lat().map(GtdColumns::decimal))));
    c.add(col("longitude", r -> text(r.location().lon().map(GtdColumns::decimal))));
    c.add(col("specificity", GtdColumns::specificity));
    c.add(col("summary", r -> mentionTexts(r.incident().mentions())));
    c.add(col("suicide", r -> text(r.incident().suicide().map(s -> s.value() ? "1" : "0"))));
    c.add(col("attacktype1_txt", r -> GtdCodes.ATTACK_TYPES.getOrDefault(r.type(), "")));
    for (int n = 0; n < 3; n++) {
      int i = n;
      c.add(
          col(
              "targtype" + (i + 1) + "_txt",
              r -> nth(r.targets(), i).map(GtdCodes.TARGET_TYPES::get).orElse("")));
    }
    for (int n = 0; n < 3; n++) {
      int i = n;
      c.add(col(i == 0 ? "gname" : "gname" + (i + 1), r -> groupName(r, i)));
    }
    for (int n = 0; n < 3; n++) {
      int i = n;
      c.add(
          col(
              "guncertain" + (i + 1),
              r -> nth(r.groups(), i).map(g -> g.uncertain() ? "1" : "0").orElse("")));
    }
    c.add(col("claimed", r -> r.isAttack() ? GtdCodes.NO_INFORMATION : ""));
    c.add(col("nkill", r -> number(r.incident().killed())));
    c.add(col("nwound", r -> number(r.incident().wounded())));
    c.add(col("dbsource", r -> "Incidex"));
    // Ours.
    c.add(col("incidex_id", r -> r.incident().id()));
    c.add(col("kind", r -> SpecNames.of(r.incident().kind())));
    c.add(col("type", r -> SpecNames.of(r.type())));
    c.add(col("date_start", r -> text(r.start().flatMap(DateValue::iso))));
    c.add(col("date_end", r -> text(r.end().flatMap(DateValue::iso))));
    c.add(col("date_precision", r -> text(r.start().map(d -> SpecNames.of(d.precision())))));
    c.add(col("place_precision", r -> text(r.location().precision().map(SpecNames::of))));
    c.add(col("killed_qualifier", r -> qualifier(r.incident().killed())));
    c.add(col("wounded_qualifier", r -> qualifier(r.incident().wounded())));
    c.add(col("casualties", r -> number(r.incident().casualties())));
    c.add(col("casualties_qualifier", r -> qualifier(r.incident().casualties())));
    c.add(col("perpetrators", r -> names(r.incident().perpetrators())));
    c.add(col("suspected", r -> names(r.incident().suspected())));
    c.add(col("targets", r -> joined(r.targets().stream().map(SpecNames::of).toList())));
    c.add(
        col(
            "sources",
            r ->
                joined(
                    r.incident().mentions().stream().map(SentenceRef::docId).distinct().toList())));
    c.add(col("evidence_sentence", r -> r.incident().mentions().get(0).text()));
    c.add(col("mentions", r -> Integer.toString(r.incident().mentions().size())));
    return List.copyOf(c);
  }

  private static Column col(String name, Function<GtdRow, String> value) {
    return new Column(name, value);
  }

  /**
   * A date field when the start is at least as precise as {@code needed}; else {@code unknown}
   * (GTD's {@code 0} for a month or day the text does not give).
   */
  private static String datePart(
      GtdRow r, Precision needed, Function<DateValue, Integer> part, String unknown) {
    return r.start()
        .filter(d -> d.precision().ordinal() <= needed.ordinal())
        .map(d -> Integer.toString(part.apply(d)))
        .orElse(unknown);
  }

  /** Seasons and decades, which GTD's integer fields cannot say, as an ISO 8601 interval. */
  private static String approxDate(GtdRow r) {
    return r.start()
        .filter(d -> d.precision() == Precision.PART_OF_YEAR || d.precision() == Precision.DECADE)
        .map(d -> d.first() + "/" + d.last())
        .orElse("");
  }

  private static boolean extended(GtdRow r) {
    return r.start().isPresent()
        && r.end().isPresent()
        && r.end().get().last().isAfter(r.start().get().first());
  }

  /** GTD's specificity; 5 (no region known) when we have neither precision nor a point. */
  private static String specificity(GtdRow r) {
    Location location = r.location();
    if (location.precision().isPresent()) {
      return GtdCodes.SPECIFICITY.get(location.precision().get());
    }
    return location.lat().isEmpty() || location.lon().isEmpty() ? "5" : "";
  }

  private static String groupName(GtdRow r, int n) {
    if (!r.isAttack()) {
      return "";
    }
    List<GtdRow.Group> groups = r.groups();
    if (groups.isEmpty()) {
      return n == 0 ? "Unknown" : "";
    }
    return nth(groups, n).map(GtdRow.Group::name).orElse("");
  }

  private static String number(Optional<Sourced<Count>> count) {
    return text(count.map(c -> Integer.toString(c.value().value())));
  }

  private static String qualifier(Optional<Sourced<Count>> count) {
    return text(count.map(c -> SpecNames.of(c.value().qualifier())));
  }

  private static String names(List<Sourced<String>> names) {
    return joined(names.stream().map(Sourced::value).distinct().toList());
  }

  private static String joined(List<String> values) {
    return String.join("; ", values);
  }

  private static String mentionTexts(List<SentenceRef> mentions) {
    return mentions.stream().map(SentenceRef::text).collect(Collectors.joining(" "));
  }

  private static <T> Optional<T> nth(List<T> list, int n) {
    return n < list.size() ? Optional.of(list.get(n)) : Optional.empty();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  /** Degrees to five decimals (about a metre), without exponent or trailing zeros. */
  static String decimal(double degrees) {
    return BigDecimal.valueOf(degrees)
        .setScale(5, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
