package org.incidex.mention.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.PlaceMention;
import org.incidex.model.WherePrecision;
import org.incidex.place.Gazetteer;
import org.incidex.testing.SharedData;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.incidex.text.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceExtractorTest {
  private final PlaceExtractor extractor = new PlaceExtractor(Gazetteer.load());

  private List<PlaceMention> places(String text) {
    Document d = Document.of("test", text);
    List<Sentence> sentences = new PlainAnalyzer().analyze(d, new TextSegmenter().segment(d));
    DocumentContext context = new DocumentContext(d, sentences);
    return sentences.stream()
        .flatMap(s -> extractor.extract(s, context).stream())
        .map(PlaceMention.class::cast)
        .toList();
  }

  private PlaceMention only(String text, String name) {
    return places(text).stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + places(text)));
  }

  @ParameterizedTest(name = "{1} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | name as written | kind | country | preposition
        "Two attackers carried out twin suicide bombings in Kerman, Iran, killing 94. | Kerman | TOWN | IR | in",
        "An ISIS–K suicide bomber attacked Hamid Karzai International Airport in Kabul. | Hamid Karzai International Airport | SITE | AF | ''",
        "A coordinated attack occurred at the Crocus City Hall music venue in Krasnogorsk, Moscow Oblast, Russia. | Crocus City Hall | SITE | RU | at",
        "A coordinated attack occurred at the Crocus City Hall music venue in Krasnogorsk, Moscow Oblast, Russia. | Krasnogorsk | TOWN | RU | in",
        "Saturday's explosions occurred at Zobe junction in Mogadishu. | Zobe junction | SITE | SO | at",
        "In August, al-Shabab attacked the popular Hayat hotel in Mogadishu. | Hayat hotel | SITE | SO | ''",
        "Four masked gunmen attacked the Westgate shopping mall, an upmarket mall in Nairobi, Kenya. | Westgate shopping mall | SITE | KE | ''",
        "On May 24, al-Shabaab militants attacked Parliament headquarters in Mogadishu. | Parliament headquarters | SITE | SO | ''",
        "The explosion took place on Kabul International Airport Road, near the Supreme Court compound. | Kabul International Airport Road | SITE | '' | on",
        "Attacks hit a military zone at Bamako-Sénou airport in Bamako, Mali. | Bamako-Sénou airport | SITE | ML | at",
        "Gunmen seized tourists at the Dos Palmas resort in Puerto Princesa. | Dos Palmas resort | SITE | PH | at",
        "Gunmen ambushed a patrol near the Boni forest in Lamu, Kenya. | Boni forest | SITE | KE | near",
        "A suicide bomber blew himself up near the Wagah border crossing outside Lahore. | Wagah border crossing | SITE | PK | near",
        "The lawmaker was shot near a hotel in Mogadishu's Hamarweyne district. | Hamarweyne district | DISTRICT | SO | in",
        "Attacks targeted a gendarmerie school in the Faladié district of Bamako. | Faladié district | DISTRICT | ML | in",
        "He drove to work from his home in Mogadishu's Dharkenley neighborhood. | Dharkenley neighborhood | DISTRICT | SO | in",
        "A bombing targeted a police bus in the same Halkali district of Istanbul. | Halkali district | DISTRICT | TR | in",
        "The group launched seven rockets from the Afghan-Tajik border in Takhar Province. | Takhar Province | PROVINCE | AF | in",
        "A raid in the Nangarhar Province killed the leader. | Nangarhar Province | PROVINCE | AF | in",
        "At least 16 people died in two attacks in Khyber Pakhtunkhwa province. | Khyber Pakhtunkhwa province | PROVINCE | PK | in",
        "The governor of Dakahlia governorate was injured. | Dakahlia governorate | PROVINCE | EG | of",
        "The group suffered reverses in Nangarhar and Kunar provinces. | Nangarhar | PROVINCE | AF | in",
        "The group suffered reverses in Nangarhar and Kunar provinces. | Kunar provinces | PROVINCE | AF | ''",
        "A funeral in Kuz Kunar was attacked. | Kuz Kunar | DISTRICT | AF | in",
        "A car slammed into a vehicle in the Pakistani city of Peshawar on Monday. | Peshawar | TOWN | PK | in",
        "A massive explosion at a train station in the Russian city of Volgograd killed 16. | Volgograd | TOWN | RU | in",
        "Bombs killed 74 people at two venues in the Ugandan capital, Kampala. | Kampala | TOWN | UG | in",
        "A student from Hyderabad, Pakistan was arrested. | Hyderabad | TOWN | PK | from",
        "GUERRILLAS ATTACKED AN ARMY POST IN SAN MIGUEL, KILLING FIVE SOLDIERS. | SAN MIGUEL | TOWN | SV | in",
        "guerrillas attacked an army post in san miguel, killing five soldiers. | san miguel | TOWN | SV | in",
        "Twelve Turkish troops were killed in eastern Turkey last weekend. | Turkey | COUNTRY | TR | in",
        "US officials arrested eight men in Los Angeles, New York, and Philadelphia. | Philadelphia | TOWN | US | in",
        "Two explosions hit a building in the Nile Delta city of Mansoura, Egyptian media reported. | Mansoura | TOWN | EG | in",
        "guerrillas killed a peasant in the city of flores, in the northern el peten department. | flores | TOWN | GT | in",
        "guerrillas killed a peasant in the city of flores, in the northern el peten department. | el peten department | PROVINCE | GT | in",
        "a bomb exploded in san salvador last night. | san salvador | TOWN | SV | in",
        "A bomb struck a bus near the town of Eldas in Kenya's Wajir county. | Wajir county | PROVINCE | KE | in",
        "In Lamu county, gunmen ambushed a patrol near the Boni forest. | Boni forest | SITE | KE | near",
        "Gunmen raided the village of Tiloumbou, in Burkina Faso's Sahel region. | Sahel region | PROVINCE | BF | in",
      })
  void findsThePlaceAsWritten(
      String text, String name, WherePrecision kind, String country, String preposition) {
    PlaceMention p = only(text, name);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.country().orElse("")).isEqualTo(country);
    assertThat(p.preposition()).isEqualTo(preposition);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Lower Shabelle region | Lower Shabelle",
        "Chhattisgarh state | Chhattisgarh",
        "Soum province | Soum",
        "Moscow Oblast | Moscow Oblast",
        "Borno State | Borno State",
        "Kunar | Kunar",
      })
  void admin1DropsALowerCaseGenericDivisionWord(String written, String admin1) {
    assertThat(PlaceExtractor.withoutGenericDivisionWord(written)).isEqualTo(admin1);
  }

  @Test
  void aCountryAfterACommaIsAHintNotAPlace() {
    List<PlaceMention> found = places("Twin bombings struck a procession in Kerman, Iran.");
    assertThat(found).extracting(PlaceMention::name).containsExactly("Kerman");
    assertThat(found.get(0).gazetteerId()).contains("geonames:128234");
    assertThat(found.get(0).admin1()).contains("Kerman");
  }

  @Test
  void aDivisionNamedWithTheTownFillsAdmin1() {
    PlaceMention krasnogorsk =
        only("The attack was at a venue in Krasnogorsk, Moscow Oblast, Russia.", "Krasnogorsk");
    assertThat(krasnogorsk.admin1()).contains("Moscow Oblast");
    assertThat(krasnogorsk.lat()).isPresent();
  }

  @Test
  void aSiteTakesTheTownsPoint() {
    PlaceMention site =
        only(
            "A bomber attacked Hamid Karzai International Airport in Kabul.",
            "Hamid Karzai International Airport");
    PlaceMention kabul =
        only("A bomber attacked Hamid Karzai International Airport in Kabul.", "Kabul");
    assertThat(site.lat()).isEqualTo(kabul.lat());
    assertThat(site.gazetteerId()).isEmpty();
  }

  @Test
  void aSiteWithoutATownInItsSentenceTakesOneFromTheDocument() {
    PlaceMention site =
        only(
            "Car bombs rocked the capital Mogadishu on Saturday.\n"
                + "Saturday's explosions occurred at Zobe junction, the scene of a blast in 2017.",
            "Zobe junction");
    assertThat(site.country()).contains("SO");
    assertThat(site.lat()).isPresent();
  }

  @Test
  void theDatelineIsNotAPlaceOfTheStory() {
    List<PlaceMention> found =
        places(
            "Islamabad, Pakistan (CNN) -- An explosives-filled car slammed into a van in Peshawar.");
    assertThat(found).extracting(PlaceMention::name).containsExactly("Peshawar");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The assassination of Quds Force leader Qasem Soleimani shocked the region.",
        "Victoria Nuland, a spokeswoman for the U.S. State Department, spoke.",
        "On 6 September 2022, the Human Rights Watch reported new attacks.",
        "Istanbul Police Chief Huseyin Capkin said there may be a connection.",
        "Previously, the semi-official Al Ahram news agency reported 14 dead.",
        "The Islamic State claimed the attack in a statement.",
        "Islamic State – Khorasan Province claimed responsibility.",
        "It happened in January, on Tuesday, in March and in May.",
        "Afghan and Pakistani jihadists had traveled to fight.",
        "Jnim claimed heavy losses on Wagner's mercenaries.",
        "The group joined al-Qaeda in Iraq and the Al Nusra Front in Syria.",
        "A man was moved to an Ethiopian restaurant near the Russian city hall.",
      })
  void organisationsPeopleMonthsAndDemonymsAreNotPlaces(String text) {
    assertThat(places(text)).isEmpty();
  }

  @Test
  void anEmptySentenceHasNoPlaces() {
    assertThat(places("")).isEmpty();
    Sentence empty = PlainAnalyzer.of("");
    assertThat(extractor.extract(empty, DocumentContext.of(Document.of("e", " ")))).isEmpty();
  }

  @Test
  void everyMentionsSpanIsItsNameInTheDocument() throws IOException {
    SharedData.assumePresent();
    forEachCorpusDocument(
        (d, mentions) ->
            mentions.forEach(p -> assertThat(p.span().of(d.text())).isEqualTo(p.name())));
  }

  @Test
  void theWholeCorpusRunsWithoutError() throws IOException {
    SharedData.assumePresent();
    int[] count = {0};
    assertThatCode(() -> forEachCorpusDocument((d, mentions) -> count[0] += mentions.size()))
        .doesNotThrowAnyException();
    assertThat(count[0]).isGreaterThan(100);
  }

  private interface DocumentCheck {
    void check(Document d, List<PlaceMention> mentions);
  }

  private void forEachCorpusDocument(DocumentCheck check) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedData.corpus())) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      Document d = Document.of(f.getFileName().toString(), Files.readString(f));
      List<Sentence> sentences = new PlainAnalyzer().analyze(d, new TextSegmenter().segment(d));
      DocumentContext context = new DocumentContext(d, sentences);
      List<PlaceMention> mentions =
          sentences.stream()
              .flatMap(s -> extractor.extract(s, context).stream())
              .map(PlaceMention.class::cast)
              .toList();
      check.check(d, mentions);
    }
  }
}
