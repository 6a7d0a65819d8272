package org.incidex.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per sentence-shape rule ({@link SentenceRules}, {@link GroupStatements}, {@link
 * Successions}, {@link VictimRule}, {@link Funding}): a short document of hand-tagged sentences and
 * a relation it must state, or, for rows marked {@code not}, must not.
 */
class SentenceRulesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "bracket role",
            "Muslim Turkmani deputy_of Islamic State [deputy emir]",
            s(
                "Even before the Islamic State declared a caliphate, Muslim Turkmani (deputy emir)"
                    + " had argued for it.",
                "A:the Islamic State=Islamic State",
                "P:Muslim Turkmani")),
        row(
            "bracket tenure",
            "Abu Bakr al-Baghdadi leader_of Islamic State @2014-06-29..2019-10-27",
            s(
                "The head of the Islamic State's caliphate, with Abu Bakr al-Baghdadi (29 June 2014"
                    + " – 27 October 2019) the longest serving, is known as the Caliph.",
                "A:the Islamic State=Islamic State",
                "P:Abu Bakr al-Baghdadi")),
        row(
            "appointment",
            "al-Shishani appointed Qari Wali Rahman [special representative for Afghanistan and"
                + " Pakistan] @2014-04-03",
            s(
                "On 3 April 2014, al-Shishani appointed Qari Wali Rahman, an Afghan from Baghlan, to"
                    + " be the Islamic State's special representative for Afghanistan and"
                    + " Pakistan.",
                "P:al-Shishani",
                "P:Qari Wali Rahman",
                "A:the Islamic State=Islamic State")),
        row(
            "appointee's post",
            "Qari Wali Rahman member_of Islamic State [special representative for Afghanistan and"
                + " Pakistan] @2014-04-03",
            s(
                "On 3 April 2014, al-Shishani appointed Qari Wali Rahman, an Afghan from Baghlan, to"
                    + " be the Islamic State's special representative for Afghanistan and"
                    + " Pakistan.",
                "P:al-Shishani",
                "P:Qari Wali Rahman",
                "A:the Islamic State=Islamic State")),
        row(
            "respectively",
            "Sa'ad Emarati leader_of ISKP [emir of Logar Province]",
            s(
                "They included Sheikh Mohsin and Sa'ad Emarati who would become ISIS–K's first"
                    + " emirs of Kunar and Logar Province, respectively.",
                "P:Sheikh Mohsin",
                "P:Sa'ad Emarati",
                "A:ISIS–K=ISKP")),
        row(
            "funding from an organisation",
            "ISKP funded_by Islamic State",
            s(
                "While this financial relationship is undisclosed, support from ISIS-Central plays a"
                    + " pivotal role in strengthening ISIS–K's operational capacity.",
                "A:ISIS-Central=Islamic State",
                "A:ISIS–K=ISKP")),
        row(
            "funding described",
            "ISKP funded_by sympathetic patrons",
            s(
                "ISIS–K's financing combines local taxation and external funding from sympathetic"
                    + " patrons.",
                "A:ISIS–K=ISKP")),
        row(
            "funding activity",
            "FARC funded_by drug trafficking",
            s(
                "The group financed itself largely through drug trafficking and extortion.",
                "D:The group=FARC")),
        row(
            "self-describing branch",
            "ISKP branch_of Islamic State",
            s(
                "A report said that the IS branch in Afghanistan had suffered reverses.",
                "A:IS branch in Afghanistan=ISKP")),
        row(
            "its branch, named",
            "ISKP branch_of Islamic State",
            s(
                "IS claimed the attack, with its regional branch in the border region, Islamic"
                    + " State – Khorasan Province, most likely responsible.",
                "A:IS=Islamic State",
                "A:Islamic State – Khorasan Province=ISKP")),
        row(
            "its named wing",
            "Black Tigers branch_of LTTE",
            s("The LTTE was known for its Black Tigers wing.", "A:LTTE", "A:Black Tigers")),
        row(
            "its ally",
            "Hezbollah allied_with Hamas",
            s("Hezbollah fires daily in support of its ally Hamas.", "A:Hezbollah", "A:Hamas")),
        row(
            "founded, opening participle",
            "Velupillai Prabhakaran leader_of LTTE [founder] @1976-05",
            s(
                "Founded in May 1976 by Velupillai Prabhakaran, the LTTE waged an insurgency.",
                "P:Velupillai Prabhakaran",
                "A:LTTE")),
        row(
            "namesake",
            "al-Nusra Front in Lebanon branch_of al-Nusra Front",
            s("A message came from \"al-Nusra Front in Lebanon.\"", "A:al-Nusra Front in Lebanon"),
            s(
                "It claimed to be affiliated with the Syrian al Qaeda affiliate with the same name.",
                "A:al Qaeda=al-Qaeda"),
            s(
                "Al Nusra Front in Syria has not commented.",
                "A:Al Nusra Front in Syria=al-Nusra Front")),
        row(
            "merger dates the link",
            "al-Shabaab branch_of al-Qaeda @2012",
            s(
                "Al-Shabaab has a relationship with al Qaeda that goes back several years.",
                "A:Al-Shabaab=al-Shabaab",
                "A:al Qaeda=al-Qaeda"),
            s("The two groups effectively merged in 2012.")),
        row(
            "renaming by participle",
            "JTJ renamed_to AQI @2004",
            s(
                "In 2004, Zarqawi swore allegiance to Osama bin Laden and the group became part of"
                    + " Ayman al-Zawahiri's campaign against the United States, becoming known as"
                    + " al-Qaeda in Iraq.",
                "P:Zarqawi",
                "P:Osama bin Laden",
                "D:the group=JTJ",
                "P:Ayman al-Zawahiri",
                "S:United States",
                "A:al-Qaeda in Iraq=AQI")),
        row(
            "succeeded by",
            "Qasim al-Raymi leader_of AQAP [emir] @2015-06",
            s("Its first emir was Nasir al-Wuhayshi.", "D:Its=AQAP", "P:Nasir al-Wuhayshi"),
            s(
                "Al-Wuhayshi was killed in a U.S. drone strike in June 2015 and was replaced by Qasim"
                    + " al-Raymi.",
                "P:Al-Wuhayshi=Nasir al-Wuhayshi",
                "S:U.S.=United States",
                "P:Qasim al-Raymi")),
        row(
            "succeeded",
            "Ahmed Diriye leader_of al-Shabaab [emir] @2014-09",
            s(
                "Ahmed Abdi Godane, the emir of al-Shabaab, spoke.",
                "P:Ahmed Abdi Godane",
                "A:al-Shabaab"),
            s(
                "In September 2014 Ahmed Diriye succeeded Ahmed Abdi Godane.",
                "P:Ahmed Diriye",
                "P:Ahmed Abdi Godane")),
        row(
            "named as his successor",
            "Khalid Batarfi leader_of AQAP [emir] @2020-01",
            s("Qasim al-Raymi, the emir of AQAP, spoke.", "P:Qasim al-Raymi", "A:AQAP"),
            s(
                "In January 2020, al-Raymi was killed, and Khalid Batarfi was named as his"
                    + " successor.",
                "P:al-Raymi=Qasim al-Raymi",
                "P:Khalid Batarfi")),
        row(
            "victim of claimed killings",
            "Isack Mohamed Ali killed_by al-Shabaab",
            s(
                "A hidden bomb exploded in a car containing Isack Mohamed Ali, killing him.",
                "P:Isack Mohamed Ali"),
            s("Al-Shabaab claimed responsibility for both killings.", "A:Al-Shabaab=al-Shabaab")),
        row(
            "not: a mourned death",
            "not Qasem Soleimani killed_by al-Shabaab",
            s("A crowd was mourning the death of Qasem Soleimani.", "P:Qasem Soleimani"),
            s("Al-Shabaab claimed responsibility.", "A:Al-Shabaab=al-Shabaab")),
        row(
            "not: a state body's spokesman",
            "not Sediq Sediqqi member_of Interior Ministry [spokesman]",
            s(
                "Thirteen were wounded, Afghan Interior Ministry spokesman Sediq Sediqqi said.",
                "S:Interior Ministry",
                "P:Sediq Sediqqi")),
        row(
            "not: a subject that is a preposition's object",
            "not al-Shabaab allegiance_to Islamic State",
            s(
                "A faction split from al-Shabaab in 2015 and pledged loyalty to the Islamic State.",
                "A:al-Shabaab",
                "A:the Islamic State=Islamic State")));
  }

  private static String[] s(String text, String... tags) {
    String[] out = new String[tags.length + 1];
    out[0] = text;
    System.arraycopy(tags, 0, out, 1, tags.length);
    return out;
  }

  private static Arguments row(String rule, String expected, String[]... sentences) {
    return Arguments.of(rule, expected, sentences);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void statesTheRelation(String rule, String expected, String[][] sentences) {
    List<String> found = Tagged.relations(sentences);
    if (expected.startsWith("not ")) {
      assertThat(found).doesNotContain(expected.substring(4));
    } else {
      assertThat(found).contains(expected);
    }
  }
}
