package org.incidex.mention.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidex.mention.date.DateFixtures.SATURDAY_2022_10_29;
import static org.incidex.mention.date.DateFixtures.inDocument;
import static org.incidex.mention.date.DateFixtures.inSentence;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidex.mention.DateMention;
import org.incidex.model.DateValue;
import org.incidex.model.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the word and cue tables does what its table says. */
class DateTablesTest {
  private static final Optional<LocalDate> PUBLISHED = Optional.of(SATURDAY_2022_10_29);
  private static final String ANCHOR = "On 26 August 2021, a bomber attacked the airport. ";

  static Stream<String> monthWords() {
    return Stream.concat(
        DateWords.MONTH_NAMES.keySet().stream(), DateWords.MONTH_ABBREVIATIONS.keySet().stream());
  }

  @ParameterizedTest
  @MethodSource("monthWords")
  void everyMonthWordNamesItsMonth(String word) {
    Month month = DateWords.month(word).orElseThrow();
    String sentence = "It happened on 3 " + word + " 2020 in the capital.";

    assertThat(inSentence(sentence, Optional.empty()))
        .extracting(DateMention::value)
        .containsExactly(DateValue.day(2020, month.getValue(), 3));
    assertThat(month.name().toLowerCase(java.util.Locale.ROOT)).startsWith(word);
  }

  static Stream<String> weekdays() {
    return DateWords.WEEKDAYS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("weekdays")
  void everyWeekdayIsTheLatestSuchDayUpToThePublication(String weekday) {
    DateValue v = only(inSentence("It happened on " + weekday + ".", PUBLISHED)).value();

    assertThat(v.first().getDayOfWeek()).isEqualTo(DateWords.WEEKDAYS.get(weekday));
    assertThat(v.first()).isBetween(SATURDAY_2022_10_29.minusDays(6), SATURDAY_2022_10_29);
  }

  static Stream<Map.Entry<String, DateWords.MonthRange>> partsOfYear() {
    return DateWords.PARTS_OF_YEAR.entrySet().stream();
  }

  @ParameterizedTest
  @MethodSource("partsOfYear")
  void everyPartOfTheYearCoversItsMonths(Map.Entry<String, DateWords.MonthRange> part) {
    DateValue v =
        only(inSentence("It grew in the " + part.getKey() + " of 2019.", PUBLISHED)).value();

    assertThat(v.precision()).isEqualTo(Precision.PART_OF_YEAR);
    assertThat(v.first().getMonth()).isEqualTo(part.getValue().first());
    assertThat(v.last().getMonth()).isEqualTo(part.getValue().last());
  }

  @ParameterizedTest
  @CsvSource({"90, 1990", "69, 1969", "68, 2068", "05, 2005"})
  void twoDigitYearsFollowPosix(int twoDigits, int year) {
    assertThat(DateWords.fullYear(twoDigits)).isEqualTo(year);
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#YEAR_CUES")
  void everyYearCueMakesAYear(String cue) {
    String sentence = "It happened " + cue + " 2004, officials said.";

    // early, late and mid make a part of the year; the rest the year itself
    assertThat(only(inSentence(sentence, PUBLISHED)).value().iso()).contains("2004");
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#MONTH_CUES")
  void everyMonthCueMakesAMonth(String cue) {
    String sentence = "It happened " + cue + " August, officials said.";

    assertThat(only(inSentence(sentence, PUBLISHED)).value()).isEqualTo(DateValue.month(2022, 8));
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#DAY_CUES")
  void everyDayCueMakesALowerCaseMayADate(String cue) {
    String sentence = "rebels struck " + cue + " 2 may, officials said.";

    assertThat(only(inSentence(sentence, PUBLISHED)).value()).isEqualTo(DateValue.day(2022, 5, 2));
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#BACKGROUND_CUES")
  void everyBackgroundCueKeepsADateFromAnchoring(String cue) {
    String text = ANCHOR + "It had grown " + cue + " 3 May 2019. On 27 August, a drone struck.";

    List<DateMention> found = inDocument(text, Optional.empty());

    assertThat(found.get(found.size() - 1).value()).isEqualTo(DateValue.day(2021, 8, 27));
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#TIME_WORDS")
  void everyTimeWordMakesANumberATime(String word) {
    assertThat(inSentence("The convoy arrived by 2000 " + word + ".", PUBLISHED)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#COUNT_NOUNS")
  void everyCountNounMakesANumberACount(String noun) {
    assertThat(inSentence("It was a crowd of 2000 " + noun + ".", PUBLISHED)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#NOT_PLURALS")
  void everyNotPluralLetsAYearStand(String word) {
    String sentence = "The elections of 2004 " + word + " the first.";

    assertThat(only(inSentence(sentence, PUBLISHED)).value()).isEqualTo(DateValue.year(2004));
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#WEEKDAY_BLOCKERS_BEFORE")
  void everyBlockerBeforeAWeekdayMakesItNoDay(String word) {
    assertThat(inSentence("It happened on " + word + " Sunday.", PUBLISHED)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#WEEKDAY_BLOCKERS_AFTER")
  void everyBlockerAfterAWeekdayMakesItNoDay(String word) {
    assertThat(inSentence("The Sunday " + word + " reported it.", PUBLISHED)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#DATE_NAME_WORDS")
  void everyDateNameWordMakesADayAName(String word) {
    assertThat(inSentence("The 19 April " + word + " claimed it.", PUBLISHED)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.DateCues#APPROXIMATORS")
  void everyApproximatorKeepsADistanceFromNamingADay(String hedge) {
    String text = ANCHOR + "Gunmen struck " + hedge + " two days later.";

    assertThat(inDocument(text, Optional.empty()))
        .allSatisfy(
            m -> assertThat(m.relative() && m.value().precision() == Precision.DAY).isFalse());
  }

  static Stream<Map.Entry<String, Integer>> publicationDays() {
    return RelativeCues.PUBLICATION_DAYS.entrySet().stream();
  }

  @ParameterizedTest
  @MethodSource("publicationDays")
  void everyPublicationDayCountsFromThePublication(Map.Entry<String, Integer> phrase) {
    DateValue v = only(inSentence("Rebels attacked " + phrase.getKey() + ".", PUBLISHED)).value();

    assertThat(v).isEqualTo(DateValue.day(SATURDAY_2022_10_29.plusDays(phrase.getValue())));
  }

  static Stream<Map.Entry<String, Integer>> narrativeDays() {
    return RelativeCues.NARRATIVE_DAYS.entrySet().stream();
  }

  @ParameterizedTest
  @MethodSource("narrativeDays")
  void everyNarrativeDayCountsFromTheLastDatedDay(Map.Entry<String, Integer> phrase) {
    List<DateMention> found =
        inDocument(ANCHOR + "Rebels struck " + phrase.getKey() + ".", PUBLISHED);

    assertThat(found.get(found.size() - 1).value())
        .isEqualTo(DateValue.day(LocalDate.of(2021, 8, 26).plusDays(phrase.getValue())));
  }

  static Stream<String> stretchWords() {
    return RelativeCues.STRETCH_WORDS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("stretchWords")
  void everyStretchWordGivesAtMostTheYear(String word) {
    List<DateMention> found =
        inDocument(ANCHOR + "In the " + word + " weeks, rebels struck.", PUBLISHED);

    assertThat(found).hasSize(2);
    assertThat(found.get(1).value().precision()).isEqualTo(Precision.YEAR);
  }

  @ParameterizedTest
  @FieldSource("org.incidex.mention.date.RelativeCues#VAGUE_COUNTS")
  void everyVagueCountGivesAStretch(String count) {
    DateValue v = only(inSentence("Rebels struck " + count + " days ago.", PUBLISHED)).value();

    assertThat(v).isEqualTo(DateValue.month(2022, 10));
  }

  static Stream<String> countedUnits() {
    return RelativeCues.COUNTED_UNITS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("countedUnits")
  void everyCountedUnitCountsBack(String unit) {
    DateValue v = only(inSentence("Rebels struck two " + unit + " ago.", PUBLISHED)).value();

    assertThat(v.first()).isBefore(SATURDAY_2022_10_29);
    assertThat(v.precision()).isNotEqualTo(Precision.PART_OF_YEAR);
  }

  private static DateMention only(List<DateMention> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
