package org.incidex.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidex.model.Incident;
import org.incidex.model.IncidentType;
import org.incidex.model.Kind;
import org.incidex.model.Sourced;
import org.incidex.pipeline.ExtractionResult;
import org.incidex.testing.PlainPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a sentence reports: kind, type, perpetrators, place, and how many events. */
class FramingTest {
  private static PlainPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = new PlainPipeline();
  }

  private static List<Incident> incidents(String text) {
    ExtractionResult r = pipeline.run(text + "\n");
    return r.incidents();
  }

  private static Incident only(String text) {
    List<Incident> found = incidents(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 3 May 2019, gunmen stormed a hotel in Mogadishu, killing nine people.     | ATTACK             | ARMED_ASSAULT
          On 3 May 2019, a car bomb exploded at a checkpoint in Mogadishu.            | ATTACK             | BOMBING
          On 3 May 2019, gunmen kidnapped two aid workers in Mogadishu.                | ATTACK             | KIDNAPPING
          On 3 May 2019, a shooting and a bombing hit a market in Kabul.              | ATTACK             | BOMBING
          On 3 May 2019, police arrested three suspects in Kabul.                     | SECURITY_OPERATION | ARREST
          On 3 May 2019, a drone strike killed two militants in Kabul.                | SECURITY_OPERATION | AIRSTRIKE
          After an exchange of fire, police arrested three suspects in Kabul.         | SECURITY_OPERATION | RAID
          On 3 May 2019, a hospital in Kabul was attacked.                            | ATTACK             | UNKNOWN
          On 3 May 2019, police killed three suspected militants in a shootout near Garissa. | SECURITY_OPERATION | OTHER_OPERATION
          On 3 May 2019, a rebel commander was killed in a clash with the army near Garissa. | SECURITY_OPERATION | OTHER_OPERATION
          On 3 May 2019, a rebel commander was killed in a clash with the FADM in Macomia. | SECURITY_OPERATION | OTHER_OPERATION
          On 3 May 2019, troops killed 12 insurgents and arrested four suppliers near Bama. | SECURITY_OPERATION | OTHER_OPERATION
          On 3 May 2019, the ELN claimed a drone attack on an army base in Arauquita. | ATTACK | BOMBING
          On 3 May 2019, the Nigerian army raided a camp near Bama.                  | SECURITY_OPERATION | RAID
          On 3 May 2019, twelve soldiers were killed during clashes with rebels near Garissa. | ATTACK            | ARMED_ASSAULT
          """)
  void readsKindAndType(String text, Kind kind, IncidentType type) {
    Incident i = only(text);
    assertThat(i.kind()).isEqualTo(kind);
    assertThat(i.typeValue()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Al-Shabaab claimed responsibility for a car bombing in Mogadishu on 3 May 2019.       | al-Shabaab
          On 3 May 2019, al-Shabaab militants attacked a hotel in Mogadishu.                    | al-Shabaab
          On 3 May 2019, an ISIS-K suicide bomber attacked a mosque in Kabul, killing 12.       | Islamic State – Khorasan Province
          On 3 May 2019, a bombing in Kabul was carried out by the Taliban, officials said.     | Taliban
          """)
  void aClaimOrAStatementMakesAPerpetrator(String text, String group) {
    assertThat(only(text).perpetrators()).extracting(Sourced::value).containsExactly(group);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 3 May 2019, ISWAP, the Islamic State's regional branch, claimed an attack on Ngwom that killed 12. | Islamic State West Africa Province
          On 3 May 2019, Jamaat-ul-Ahrar, a faction of the TTP, claimed a bombing in Lahore that killed 12.    | Jamaat-ul-Ahrar
          On 3 May 2019, fighters of ISWAP, the Islamic State's regional branch, stormed Ngwom.                | Islamic State West Africa Province
          On 3 May 2019, al-Shabaab, the Somali group allied with al-Qaeda, claimed a bombing in Elwak. | al-Shabaab
          On 3 May 2019, fighters of ISWAP, the Islamic State's regional branch, stormed Ngwom. The group claimed the attack. | Islamic State West Africa Province
          On 3 May 2019, ISWAP claimed responsibility for an attack on Ngwom in a statement carried by the Islamic State's Amaq news agency. | Islamic State West Africa Province
          """)
  void aClaimCreditsTheUnitNotItsParent(String text, String group) {
    assertThat(only(text).perpetrators()).extracting(Sourced::value).containsExactly(group);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 3 May 2019, officers of the Kenya Police Service killed three militants in a shootout near Rhamu. | Kenya Police Service
          On 3 May 2019, a commander was killed in a clash with the Nigerian army near Bama.                 | Nigerian Army
          The Nigerian army said on Wednesday that its troops had killed 12 insurgents near Bama on 3 May 2019. | Nigerian Army
          On 3 May 2019, the Mozambique Defence Armed Forces (FADM) and the Rwanda Defence Force raided a base in Macomia. | Mozambique Defence Armed Forces, Rwanda Defence Force
          """)
  void anOperationIsByTheForceThatActed(String text, String forces) {
    assertThat(only(text).perpetrators())
        .extracting(Sourced::value)
        .containsExactly(forces.split(", "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 3 May 2019, a car bomb exploded in Mogadishu; officials suspected al-Shabaab.         | al-Shabaab
          On 3 May 2019, a car bomb exploded in Mogadishu, and al-Shabaab was blamed for it.       | al-Shabaab
          """)
  void suspicionIsNoAttribution(String text, String group) {
    Incident i = only(text);
    assertThat(i.perpetrators()).isEmpty();
    assertThat(i.suspected()).extracting(Sourced::value).containsExactly(group);
  }

  @Test
  void noClaimMeansNoPerpetrator() {
    Incident i =
        only(
            "On 3 May 2019, a car bomb exploded in Mogadishu. No one has claimed responsibility"
                + " for the attack.");
    assertThat(i.perpetrators()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The group routinely carries out such bombings in Somalia.
          Thousands of Somalis have been killed in the decade-long rebellion.
          She was recruited to attack a church in Lahore.
          He is also charged with raiding prisons and killing soldiers.
          The group gained notoriety for bloody attacks on Shia mosques.
          """)
  void genericSentencesReportNoIncident(String text) {
    assertThat(incidents(text)).isEmpty();
  }

  @Test
  void theSceneOfAnEarlierBlastIsAnotherIncident() {
    List<Incident> found =
        incidents(
            "date 2022-10-29\n\nTwin car bombings rocked the ministry in Mogadishu on Saturday.\n"
                + "Saturday's explosions occurred at Zobe junction, the scene of a massive blast in"
                + " 2017 that killed more than 500 people.");
    assertThat(found).hasSize(2);
  }

  @Test
  void twoAttacksOneAndTheOtherAreTwoIncidentsWithoutTheJointToll() {
    List<Incident> found =
        incidents(
            "At least 16 people died on 7 May 2013 in two attacks in Peshawar; one attack targeted"
                + " a rally, and the other targeted a candidate, police said.");
    assertThat(found).hasSize(2);
    assertThat(found).allSatisfy(i -> assertThat(i.killed()).isEmpty());
  }

  @ParameterizedTest(name = "{1}, {2} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | place | admin1 ('' for none) | country
        "On 3 May 2024, gunmen killed nine villagers in an attack on the village of Tiloumbou, in the commune of Gorom in Oudalan province, in Burkina Faso's Sahel region. | Tiloumbou | Sahel | BF",
        "On 5 March 2024, a roadside bomb struck a bus near the town of Eldas in Kenya's Wajir county, killing six. | Eldas | Wajir | KE",
        "In Lamu county, gunmen ambushed a police patrol near the Boni forest on 4 March 2024, wounding four officers. | Boni forest | Lamu | KE",
        "In February 2022, ELN fighters abducted two engineers near the town of Saravena, in Arauca. | Saravena | Arauca | CO",
        "At least five soldiers were killed on 6 March 2024 when fighters stormed a base in Jowhar, in the Middle Shabelle region. | Jowhar | Middle Shabelle | SO",
        "Two explosions hit a police building in the Nile Delta city of Mansoura, Egypt, on 24 January 2014. | Mansoura | '' | EG",
      })
  void aTownNamedWithTheDivisionsAroundItIsThePlaceAndTheDivisionItsAdmin1(
      String text, String place, String admin1, String country) {
    Incident i = only(text);
    assertThat(i.location().place()).contains(place);
    assertThat(i.location().admin1().orElse("")).isEqualTo(admin1);
    assertThat(i.location().country()).contains(country);
  }

  @ParameterizedTest(name = "{1} and {2} in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | first place | second place
        "On 2 June 2024, a bomb exploded at a market in the town of Jagdalpur, in Bastar district, and gunmen shot two policemen in Kanker, in neighbouring Kanker district. | Jagdalpur | Kanker",
        "On 2 June 2024, bombs exploded in Cotabato and Koronadal, police said. | Cotabato | Koronadal",
      })
  void twoTownsEachWithItsOwnAttackAreTwoIncidentsWithoutAJointToll(
      String text, String first, String second) {
    List<Incident> found = incidents(text);
    assertThat(found).as(text).hasSize(2);
    assertThat(found)
        .extracting(i -> i.location().place().orElse(""))
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void aListOfCitiesGivesNoSinglePlace() {
    Incident i =
        only(
            "In June 2024, US officials arrested eight men in Los Angeles, New York, and"
                + " Philadelphia.");
    assertThat(i.location().place()).isEmpty();
    assertThat(i.location().country()).contains("US");
  }

  @Test
  void theWayToAPlaceIsNotWhereTheEventHappened() {
    Incident i =
        only(
            "On 9 May 2013, gunmen kidnapped a candidate in Punjab province while he was on his"
                + " way to a meeting in the city of Multan.");
    assertThat(i.location().place()).contains("Punjab province");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          On 9 May 2013, a bomb exploded at a market in Quetta, and the wounded were taken to Civil Hospital. | Quetta
          On 9 May 2013, a bomb struck a bus in Garissa; six of the injured were airlifted to a hospital in Nairobi. | Garissa
          """)
  void whereTheWoundedWereTreatedIsNotThePlace(String text, String place) {
    assertThat(only(text).location().place()).contains(place);
  }

  @Test
  void earlierThisMonthDatesTheEventAndKeepsItsFigure() {
    Incident i =
        only(
            "Earlier this month, Bonomade Machude Omar, a senior commander of the insurgents, was"
                + " killed in a clash with the army in Macomia.");
    assertThat(i.killed()).isPresent();
  }
}
