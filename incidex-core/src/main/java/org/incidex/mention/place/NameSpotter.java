package org.incidex.mention.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidex.model.WherePrecision;
import org.incidex.place.Countries;
import org.incidex.place.Gazetteer;
import org.incidex.place.PlaceKind;

/**
 * Finds place names in a sentence's words, left to right, each word in at most one name:
 *
 * <ul>
 *   <li>a named site: capitalised words ending in a site word ("Hamid Karzai International
 *       Airport", "Zobe junction"), after a preposition or an attack verb;
 *   <li>a division: a name and a division word ("Takhar Province", "Hamarweyne district", "Kunar"
 *       in "Nangarhar and Kunar provinces");
 *   <li>a name the gazetteer knows, after a place cue, before ", Country", in a list after such a
 *       place, tagged as a location by CoreNLP, or a country's name. The whole run of capitalised
 *       words must be the name, so people and organisations ("Victoria Nuland", "Quds Force") are
 *       not cut down to a place.
 * </ul>
 *
 * A sentence with no capital letter (MUC-4) or only capitals (old wires) is read caselessly: a
 * known name only right after a place cue, and only a notable place unless "city of" or a division
 * word says it is one.
 */
final class NameSpotter {
  private static final int MAX_RUN = 7;
  private static final int MAX_CASELESS_WORDS = 5;

  /** Fewer words than this in capitals may be a heading of acronyms, not a capitalised text. */
  private static final int MIN_WORDS_FOR_CAPITALS = 4;

  /** Division words that end a capitalised run ("Moscow Oblast"); "City" stays in "Mexico City". */
  private static final Set<String> RUN_ENDING_DIVISIONS =
      Set.of(
          "province",
          "provinces",
          "oblast",
          "governorate",
          "region",
          "district",
          "department",
          "prefecture",
          "neighborhood",
          "neighbourhood",
          "county",
          "krai");

  private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or");

  /** Days and months end a run: "in Kabul Tuesday", "in Mogadishu Saturday". */
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Notability notability;

  NameSpotter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.countries = gazetteer.countries();
    this.notability = new Notability(gazetteer);
  }

  List<Spot> spot(List<Word> words) {
    boolean caseless = isWrittenInOneCase(words);
    List<Spot> out = new ArrayList<>();
    int i = Datelines.bodyStart(words);
    while (i < words.size()) {
      Optional<Spot> found = caseless ? caselessAt(words, i) : casedAt(words, i, out);
      if (found.isPresent()) {
        out.add(found.get());
        i = found.get().end() + 1;
      } else {
        boolean run = !caseless && startsName(words.get(i));
        i = run ? runEnd(words, i) + 1 : i + 1;
      }
    }
    return out;
  }

  /** Lower-cased or all-capitals text: capitals do not mark names (a lone "IS" is not enough). */
  static boolean isWrittenInOneCase(List<Word> words) {
    long lettered = words.stream().filter(Word::isLetters).count();
    return words.stream().noneMatch(Word::isCapitalised)
        || (lettered >= MIN_WORDS_FOR_CAPITALS && words.stream().noneMatch(Word::hasLowerCase));
  }

  private Optional<Spot> casedAt(List<Word> words, int i, List<Spot> before) {
    if (!startsName(words.get(i))) {
      return Optional.empty();
    }
    int j = runEnd(words, i);
    Cue cue = Cue.before(words, i, countries);
    if (startsWithDemonym(words, i)) {
      return Optional.empty(); // "Russian city", "Ethiopian restaurant": descriptions
    }
    Optional<Integer> siteEnd = siteEnd(words, i, j);
    if (siteEnd.isPresent()) {
      boolean named = i == 0 || !PlaceCues.INDEFINITE.contains(words.get(i - 1).lower());
      return named && (cue.isPlaceCue() || cue.attackVerb())
          ? Optional.of(spot(words, i, siteEnd.get(), i, j, WherePrecision.SITE, cue))
          : Optional.empty();
    }
    Optional<Spot> division = division(words, i, j, cue);
    if (division.isPresent() || isDivisionWord(words, j + 1)) {
      return division;
    }
    String text = Spans.text(words, i, j);
    boolean tagged = words.subList(i, j + 1).stream().allMatch(Word::isLocationEntity);
    if (!tagged && !plausibleName(words, i, j, text) && !namedAsTown(words, i, j, text)) {
      return Optional.empty();
    }
    List<Spot> qualifiers = qualifiers(words, j);
    Optional<String> listed = listContinued(words, i, before);
    boolean country = isSafeCountryName(words, i, text);
    if (!(cue.isPlaceCue() || tagged || !qualifiers.isEmpty() || listed.isPresent() || country)) {
      return Optional.empty();
    }
    boolean possessed = j + 1 < words.size() && words.get(j + 1).isPossessive();
    boolean weak = cue.preposition().map(PlaceCues.WEAK_PREPOSITIONS::contains).orElse(false);
    if (possessed && weak && countries.byName(text).isEmpty() && !tagged) {
      return Optional.empty(); // "claimed heavy losses on Wagner's mercenaries"
    }
    Cue introduced = cue.isPlaceCue() || listed.isEmpty() ? cue : Cue.preposition(listed.get());
    Spot s = spot(words, i, j, i, j, null, introduced);
    return Optional.of(
        new Spot(
            s.first(),
            s.last(),
            s.span(),
            s.name(),
            s.fullName(),
            s.kind(),
            s.preposition(),
            qualifiers,
            tagged));
  }

  private Optional<Spot> caselessAt(List<Word> words, int i) {
    Word w = words.get(i);
    if (!w.isLetters()
        || PlaceCues.FUNCTION_WORDS.contains(w.lower())
        || PlaceCues.COMMON_WORDS.contains(w.lower())
        || PlaceCues.NOT_PLACES.contains(w.lower())) {
      return Optional.empty();
    }
    Cue cue = Cue.before(words, i, countries);
    if (!cue.isPlaceCue()) {
      return Optional.empty();
    }
    boolean namedAsPlace =
        i >= 2
            && words.get(i - 1).lower().equals("of")
            && PlaceCues.PLACE_NOUNS.contains(words.get(i - 2).lower());
    for (int n = Math.min(MAX_CASELESS_WORDS, words.size() - i); n >= 1; n--) {
      int j = i + n - 1;
      if (!isCaselessName(words, i, j)) {
        continue;
      }
      Optional<Spot> division = division(words, i, j, cue);
      if (division.isPresent() && gazetteer.knows(division.get().name())) {
        return division;
      }
      String text = Spans.text(words, i, j);
      if (gazetteer.knows(text) && (namedAsPlace || notability.isNotable(text))) {
        return Optional.of(spot(words, i, j, i, j, null, cue).withQualifiers(qualifiers(words, j)));
      }
    }
    return Optional.empty();
  }

  /** Words that may make a name in lower-case text: letters, not cue or common words. */
  private static boolean isCaselessName(List<Word> words, int i, int j) {
    for (int k = i; k <= j; k++) {
      String l = words.get(k).lower();
      boolean inner = k > i && k < j && PlaceCues.CONNECTORS.contains(l);
      boolean excluded =
          PlaceCues.FUNCTION_WORDS.contains(l)
              || PlaceCues.SKIPPABLE.contains(l)
              || PlaceCues.COMMON_WORDS.contains(l)
              || PlaceCues.PLACE_NOUNS.contains(l)
              || PlaceCues.DIVISION_WORDS.containsKey(l);
      if (!words.get(k).isLetters() || (excluded && !inner)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A division word after the name, or after a coordinated name ("Nangarhar and Kunar provinces").
   */
  private Optional<Spot> division(List<Word> words, int i, int j, Cue cue) {
    boolean afterDash = i > 0 && Spans.isDash(words.get(i - 1));
    if (afterDash) {
      return Optional.empty(); // "Islamic State – Khorasan Province" names a group
    }
    if (isDivisionWord(words, j + 1)) {
      WherePrecision kind = PlaceCues.DIVISION_WORDS.get(words.get(j + 1).lower());
      Spot s = spot(words, i, j + 1, i, j, kind, cue);
      return acceptDivision(s, kind, cue)
          ? Optional.of(s.withQualifiers(qualifiers(words, j + 1)))
          : Optional.empty();
    }
    int next = j + 1;
    if (next < words.size() && LIST_JOINERS.contains(words.get(next).lower())) {
      int a = next + 1;
      if (a < words.size() && words.get(a).lower().equals("and")) {
        a++;
      }
      if (a < words.size() && startsName(words.get(a)) == words.get(i).isCapitalised()) {
        int b = words.get(i).isCapitalised() ? runEnd(words, a) : a;
        boolean conjoined =
            words.subList(next, a).stream()
                .anyMatch(w -> w.lower().equals("and") || w.lower().equals("or"));
        boolean plural = b + 1 < words.size() && words.get(b + 1).lower().endsWith("s");
        if (isDivisionWord(words, b + 1) && (conjoined || plural)) {
          WherePrecision kind = PlaceCues.DIVISION_WORDS.get(words.get(b + 1).lower());
          Spot s = spot(words, i, j, i, j, kind, cue);
          return acceptDivision(s, kind, cue) ? Optional.of(s) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private boolean acceptDivision(Spot s, WherePrecision kind, Cue cue) {
    if (cue.isPlaceCue()) {
      return true;
    }
    Set<PlaceKind> kinds = PlaceCues.KINDS_OF.get(kind);
    return s.fullName().map(gazetteer::lookup).orElse(List.of()).stream()
            .anyMatch(m -> kinds.contains(m.entry().kind()) && !m.alternate())
        || gazetteer.lookup(s.name()).stream()
            .anyMatch(m -> kinds.contains(m.entry().kind()) && !m.alternate());
  }

  /** Places after a comma that say where the one before lies: "Kerman, Iran". */
  private List<Spot> qualifiers(List<Word> words, int last) {
    List<Spot> out = new ArrayList<>();
    int k = Spans.skipCitations(words, last + 1);
    while (k < words.size() && words.get(k).lower().equals(",")) {
      int a = Spans.skipCitations(words, k + 1);
      if (a >= words.size() || !words.get(a).isLetters()) {
        break;
      }
      int b = words.get(a).isCapitalised() ? runEnd(words, a) : a;
      int end = isDivisionWord(words, b + 1) ? b + 1 : b;
      String text = Spans.text(words, a, end);
      boolean country = countries.byName(text).isPresent();
      boolean admin1 =
          gazetteer.lookup(text).stream()
              .anyMatch(m -> m.entry().kind() == PlaceKind.ADMIN1 && !m.alternate());
      if (!country && !admin1) {
        break;
      }
      WherePrecision kind = country ? WherePrecision.COUNTRY : WherePrecision.PROVINCE;
      out.add(spot(words, a, end, a, end, kind, Cue.none()));
      k = Spans.skipCitations(words, end + 1);
    }
    return out;
  }

  private Optional<String> listContinued(List<Word> words, int i, List<Spot> before) {
    if (before.isEmpty()) {
      return Optional.empty();
    }
    Spot last = before.get(before.size() - 1);
    int gap = i - last.end() - 1;
    boolean joined =
        gap >= 1
            && gap <= 2
            && words.subList(last.end() + 1, i).stream()
                .allMatch(w -> LIST_JOINERS.contains(w.lower()));
    return joined && !last.preposition().isEmpty()
        ? Optional.of(last.preposition())
        : Optional.empty();
  }

  private boolean startsWithDemonym(List<Word> words, int i) {
    return countries.fromDemonym(words.get(i).text()).isPresent()
        && countries.byName(words.get(i).text()).isEmpty();
  }

  private boolean plausibleName(List<Word> words, int i, int j, String text) {
    if (words.subList(i, j + 1).stream().anyMatch(Word::isOtherEntity)) {
      return false;
    }
    if (isAbbreviation(text) && countries.byName(text).isEmpty()) {
      return false; // "NATO", "IS", "ISAF": groups, not the villages of those names
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return !PlaceCues.NOT_PLACES.contains(lower)
        && countries.fromDemonym(text).isEmpty()
        && gazetteer.knows(text);
  }

  private static final Set<String> TOWN_NOUNS =
      Set.of("village", "town", "hamlet", "city", "settlement", "commune");

  /**
   * A name the gazetteer lacks, introduced as a town ("the village of Kassouma"): a place without a
   * point, its country from the document.
   */
  private boolean namedAsTown(List<Word> words, int i, int j, String text) {
    return i >= 2
        && words.get(i - 1).lower().equals("of")
        && TOWN_NOUNS.contains(words.get(i - 2).lower())
        && words.subList(i, j + 1).stream().noneMatch(Word::isOtherEntity)
        && !isAbbreviation(text)
        && !PlaceCues.NOT_PLACES.contains(text.toLowerCase(java.util.Locale.ROOT))
        && countries.fromDemonym(text).isEmpty();
  }

  private boolean isSafeCountryName(List<Word> words, int i, String text) {
    String before = i > 0 ? words.get(i - 1).lower() : "";
    boolean afterJoiner =
        before.equals("and")
            || before.equals("&")
            || PlaceCues.PREPOSITIONS.contains(before); // a cue refused for an organisation
    return countries.byName(text).isPresent()
        && !PlaceCues.RISKY_COUNTRY_NAMES.contains(org.incidex.place.PlaceNames.key(text))
        && !afterJoiner;
  }

  /**
   * A site's last word index when the run ends in a site word or one or two words follow with one.
   */
  private static Optional<Integer> siteEnd(List<Word> words, int i, int j) {
    if (j > i && PlaceCues.SITE_HEADS.contains(words.get(j).lower())) {
      return Optional.of(j);
    }
    for (int k = j + 1; k <= j + 2 && k < words.size(); k++) {
      Word w = words.get(k);
      if (w.isCapitalised() || !w.isLetters()) {
        break;
      }
      if (PlaceCues.SITE_HEADS.contains(w.lower())) {
        return Optional.of(k);
      }
      if (!PlaceCues.SITE_MODIFIERS.contains(w.lower())) {
        break;
      }
    }
    return Optional.empty();
  }

  private static boolean isAbbreviation(String text) {
    return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean startsName(Word w) {
    return w.isCapitalised() && w.isLetters() && !PlaceCues.FUNCTION_WORDS.contains(w.lower());
  }

  private static boolean isDivisionWord(List<Word> words, int k) {
    return k < words.size() && PlaceCues.DIVISION_WORDS.containsKey(words.get(k).lower());
  }

  /** The last word of the capitalised run starting at {@code i} (joined by "de", "of"…). */
  static int runEnd(List<Word> words, int i) {
    int j = i;
    while (j + 1 < words.size() && j - i + 1 < MAX_RUN) {
      Word next = words.get(j + 1);
      if (next.isCapitalised()
          && next.isLetters()
          && !RUN_ENDING_DIVISIONS.contains(next.lower())
          && !CALENDAR_WORDS.contains(next.lower())) {
        j++;
      } else if (PlaceCues.CONNECTORS.contains(next.lower())
          && j + 2 < words.size()
          && words.get(j + 2).isCapitalised()
          && words.get(j + 2).isLetters()
          && !RUN_ENDING_DIVISIONS.contains(words.get(j + 2).lower())) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static Spot spot(
      List<Word> words,
      int first,
      int last,
      int nameFirst,
      int nameLast,
      WherePrecision kind,
      Cue cue) {
    String name = Spans.text(words, nameFirst, nameLast);
    Optional<String> full =
        last > nameLast ? Optional.of(Spans.text(words, first, last)) : Optional.empty();
    return new Spot(
        first,
        last,
        Spans.span(words, first, last),
        name,
        full,
        Optional.ofNullable(kind),
        cue.preposition().orElse(""),
        List.of(),
        false);
  }
}
