package org.incidex.mention.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.text.Document;
import org.incidex.text.PlainAnalyzer;
import org.incidex.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyExtractorTest {
  private final CasualtyExtractor extractor = new CasualtyExtractor();

  private List<Mention> extract(String text) {
    Sentence s = PlainAnalyzer.of(text);
    return extractor.extract(s, DocumentContext.of(Document.of("test", text)));
  }

  /** {@code KILLED 182 AT_LEAST [At least 182 people were killed] {182}}, joined by " ; ". */
  private String render(String text) {
    List<Mention> mentions = extract(text);
    if (mentions.isEmpty()) {
      return "nothing";
    }
    return mentions.stream()
        .map(CasualtyMention.class::cast)
        .map(
            m ->
                m.harm()
                    + " "
                    + m.count().value()
                    + " "
                    + m.count().qualifier()
                    + (m.update() ? " update" : "")
                    + " ["
                    + m.span().of(text)
                    + "] {"
                    + m.numberSpan().of(text)
                    + "}")
        .collect(Collectors.joining(" ; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          procession mourning Soleimani, killing 94. | KILLED 94 EXACT [killing 94] {94}
          attacked the airport, killing over 170 people, including 28 Taliban members and 13 U.S. military personnel. | KILLED 170 OVER [killing over 170 people] {170}
          At least 182 people were killed, including 169 Afghan civilians. | KILLED 182 AT_LEAST [At least 182 people were killed] {182}
          resulting in the deaths of 56 people and injuries of 148 others, including newborn babies | KILLED 56 EXACT [deaths of 56 people] {56} ; WOUNDED 148 EXACT [injuries of 148 others] {148}
          has been linked to at least 3 more, killing and injuring at least 700 people. | CASUALTIES 700 AT_LEAST [killing and injuring at least 700 people] {700}
          two dozen killed in the blast | KILLED 24 EXACT [two dozen killed] {two dozen}
          a trio of bombings that killed at least 74 people Sunday at two venues | KILLED 74 AT_LEAST [killed at least 74 people] {74}
          At least 10 people were killed and 11 others injured, witnesses said. | KILLED 10 AT_LEAST [At least 10 people were killed] {10} ; WOUNDED 11 EXACT [11 others injured] {11}
          Two gunmen in a vehicle killed two people and injured eight others as they kidnapped Gilani. | KILLED 2 EXACT [killed two people] {two} ; WOUNDED 8 EXACT [injured eight others] {eight}
          a siege of a hotel that killed nine people and wounded 47 others. | KILLED 9 EXACT [killed nine people] {nine} ; WOUNDED 47 EXACT [wounded 47 others] {47}
          an attack on the Hayat hotel, killing nine people and wounding 47 others. | KILLED 9 EXACT [killing nine people] {nine} ; WOUNDED 47 EXACT [wounding 47 others] {47}
          a 30-hour gun and bomb attack on the popular Hayat hotel in Mogadishu, killing 21 people and wounding 117. | KILLED 21 EXACT [killing 21 people] {21} ; WOUNDED 117 EXACT [wounding 117] {117}
          a bomber blew up a passenger bus, killing six people and wounding more than 30 others. | KILLED 6 EXACT [killing six people] {six} ; WOUNDED 30 OVER [wounding more than 30 others] {30}
          Investigators said 145 people had been killed (including those who died later in hospital), and more than 551 concertgoers injured. | KILLED 145 EXACT [145 people had been killed] {145} ; WOUNDED 551 OVER [more than 551 concertgoers injured] {551}
          Eighty-five people were injured in the Ugandan blasts, Kayihura told reporters. | WOUNDED 85 EXACT [Eighty-five people were injured] {Eighty-five}
          The 74 fatalities included 28 Ugandans, one Irish citizen, one Indian. | KILLED 74 EXACT [74 fatalities] {74}
          The group carried out the mall attack in Nairobi, Kenya, in September that left at 67 people dead. | KILLED 67 EXACT [left at 67 people dead] {67}
          Markin said 16 people had been killed and 34 people were injured, including a 9-year-old girl. | KILLED 16 EXACT [16 people had been killed] {16} ; WOUNDED 34 EXACT [34 people were injured] {34}
          At least 16 people died Tuesday in two attacks. | KILLED 16 AT_LEAST [At least 16 people died] {16}
          And on Monday, an explosion killed 18 people at a rally. | KILLED 18 EXACT [killed 18 people] {18}
          the death toll rose to 290 on Monday | KILLED 290 EXACT update [the death toll rose to 290] {290}
          the death toll was lowered to 12 | KILLED 12 EXACT update [the death toll was lowered to 12] {12}
          a fourth sergeant died in hospital, raising the death toll to five. | KILLED 5 EXACT update [raising the death toll to five] {five}
          the death toll stood at 14 | KILLED 14 EXACT [the death toll stood at 14] {14}
          The death toll from a roadside bomb that struck a bus near the town on Tuesday has risen to 11, police said. | KILLED 11 EXACT update [has risen to 11] {11}
          The number of wounded rose to 47 on Saturday. | WOUNDED 47 EXACT update [rose to 47] {47}
          the casualty toll of 40 | CASUALTIES 40 EXACT [the casualty toll of 40] {40}
          as many as 150 people were killed | KILLED 150 UP_TO [as many as 150 people were killed] {150}
          between 20 and 30 people were wounded | WOUNDED 20 AT_LEAST [between 20 and 30 people were wounded] {20 and 30}
          20 to 30 people were wounded | WOUNDED 20 AT_LEAST [20 to 30 people were wounded] {20 to 30}
          20-30 people were wounded | WOUNDED 20 AT_LEAST [20-30 people were wounded] {20-30}
          two or three soldiers were hurt | WOUNDED 2 AT_LEAST [two or three soldiers were hurt] {two or three}
          After an exchange of fire which killed one "terrorist", three other suspects were arrested. | KILLED 1 EXACT [killed one "terrorist"] {one}
          Islamist militants killed one Somali lawmaker and wounded another in a drive-by shooting. | KILLED 1 EXACT [killed one Somali lawmaker] {one} ; WOUNDED 1 EXACT [wounded another] {another}
          Three members of NATO's International Security Assistance Force were killed in an attack in Kabul. | KILLED 3 EXACT [Three members of NATO's International Security Assistance Force were killed] {Three}
          Two were U.S. military personnel. | nothing
          told Reuters news agency a driver and a first aid worker were injured in the second blast. | WOUNDED 2 AT_LEAST [a driver and a first aid worker were injured] {a driver and a first aid worker}
          Mohamed Mohamud Hayd and a security guard were shot and killed near a hotel. | KILLED 2 AT_LEAST [Mohamed Mohamud Hayd and a security guard were shot and killed] {Mohamed Mohamud Hayd and a security guard}
          a hidden bomb exploded in a car containing Isack Mohamed Ali, killing him, officials said. | KILLED 1 AT_LEAST [killing him] {him}
          gunmen shot and killed lawmaker Abdulaziz Isaak Mursal as he drove to work. | KILLED 1 AT_LEAST [killed lawmaker Abdulaziz Isaak Mursal] {Abdulaziz Isaak Mursal}
          a joint raid resulted in the death of Sheikh Abdul Hasib, the leader of IS in Afghanistan. | KILLED 1 AT_LEAST [death of Sheikh Abdul Hasib] {Sheikh Abdul Hasib}
          the scene of a massive al-Shabab blast in 2017 that killed more than 500 people. | KILLED 500 OVER [killed more than 500 people] {500}
          Previously, Al Ahram reported 14 dead, citing the Health Ministry. | KILLED 14 EXACT [14 dead] {14}
          14 people were killed | KILLED 14 EXACT [14 people were killed] {14}
          killing one person and wounding 13 | KILLED 1 EXACT [killing one person] {one} ; WOUNDED 13 EXACT [wounding 13] {13}
          Security forces responded, injuring dozens. | nothing
          Twin car bombings rocked the ministry causing "scores of casualties", police said. | nothing
          Thousands of Somalis have been killed in the decade-long rebellion. | nothing
          a further 95 people were missing. | nothing
          officials said five Americans were among the wounded. | nothing
          17 civilian vehicles were damaged. | nothing
          21 arrested in connection with the bombings | nothing
          the June 2024 arrests of eight Tajik men arrested in the US | nothing
          the 6,000 collaborators | nothing
          the group fired seven rockets into the city | nothing
          The attack took place on 3 January 2024 in Kerman. | nothing
          a similar, less deadly bombing that targeted a police bus | nothing
          guerrillas killed three peasants in the city of flores | KILLED 3 EXACT [killed three peasants] {three}
          two soldiers were wounded during the attack | WOUNDED 2 EXACT [two soldiers were wounded] {two}
          he reported that guerrillas killed a peasant in the city of flores | KILLED 1 EXACT [killed a peasant] {a}
          the attack resulted in the death of a civilian who was passing by | KILLED 1 EXACT [death of a civilian] {a}
          a soldier guarding the substation was wounded | WOUNDED 1 EXACT [a soldier guarding the substation was wounded] {a}
          destroyed the building, leaving 67 dead and approximately 1,000 wounded | KILLED 67 EXACT [leaving 67 dead] {67} ; WOUNDED 1000 ABOUT [approximately 1,000 wounded] {1,000}
          20 soldiers were killed and 10 were wounded | KILLED 20 EXACT [20 soldiers were killed] {20} ; WOUNDED 10 EXACT [10 were wounded] {10}
          seven of the nine soldiers were wounded | WOUNDED 7 EXACT [seven of the nine soldiers were wounded] {seven}
          the attack resulted in 9 indian peasants killed and 3 wounded | KILLED 9 EXACT [9 indian peasants killed] {9} ; WOUNDED 3 EXACT [3 wounded] {3}
          inflicted three casualties, which were taken away | CASUALTIES 3 EXACT [three casualties] {three}
          12 people were killed or wounded | CASUALTIES 12 EXACT [12 people were killed or wounded] {12}
          The blast left 30 dead and injured. | CASUALTIES 30 EXACT [left 30 dead and injured] {30}
          The attack resulted in 71 total deaths, including 62 civilians. | KILLED 71 EXACT [71 total deaths] {71}
          Approximately 200 people were wounded in the massacre. | WOUNDED 200 ABOUT [Approximately 200 people were wounded] {200}
          Ten Afghan civilians were killed in the drone strike, including seven children. | KILLED 10 EXACT [Ten Afghan civilians were killed] {Ten}
          A suicide car bomber killed four people and injured 27 others in southern Beirut. | KILLED 4 EXACT [killed four people] {four} ; WOUNDED 27 EXACT [injured 27 others] {27}
          four people died in Haret Hreik, and 77 more were injured | KILLED 4 EXACT [four people died] {four} ; WOUNDED 77 EXACT [77 more were injured] {77}
          At least 13 Afghan civilians were also wounded in the attack. | WOUNDED 13 AT_LEAST [At least 13 Afghan civilians were also wounded] {13}
          the explosion killed one hundred and twelve people | KILLED 112 EXACT [killed one hundred and twelve people] {one hundred and twelve}
          a dozen people were hospitalised | WOUNDED 12 EXACT [a dozen people were hospitalised] {a dozen}
          the blast killed a hundred people | KILLED 100 EXACT [killed a hundred people] {a hundred}
          In early January, four people died in Haret Hreik. | KILLED 4 EXACT [four people died] {four}
          said five other Americans were hospitalized, and that two of them "have serious injuries." | WOUNDED 5 EXACT [five other Americans were hospitalized] {five}
          a bomb exploded, but fortunately no one was hurt. | nothing
          two U.S. personnel and two Pakistani staff of the Consulate were injured | WOUNDED 4 EXACT [two U.S. personnel and two Pakistani staff of the Consulate were injured] {two U.S. personnel and two Pakistani staff of the Consulate}
          two soldiers and a civilian were killed | KILLED 3 AT_LEAST [two soldiers and a civilian were killed] {two soldiers and a civilian}
          two u.s. mormon missionaries -- aged 19 and 21 -- were shot to death last night | nothing
          a noncommissioned officer and seven policemen were killed today | KILLED 8 AT_LEAST [a noncommissioned officer and seven policemen were killed] {a noncommissioned officer and seven policemen}
          no one was injured | nothing
          killing over 170 people, including 28 Taliban members and 13 U.S. soldiers killed at the gate | KILLED 170 OVER [killing over 170 people] {170}
          the dead included 5 children killed in the blast | nothing
          the gunman shot his wife, killing her. | KILLED 1 AT_LEAST [killing her] {her}
          the gunman shot dead her husband and fled | nothing
          the bombing injured a guard and fled | WOUNDED 1 EXACT [injured a guard] {a}
          an additional 5 people were injured | WOUNDED 5 EXACT [an additional 5 people were injured] {5}
          another 5 people were injured | WOUNDED 5 EXACT [another 5 people were injured] {5}
          a reported 40 people were killed | KILLED 40 EXACT [a reported 40 people were killed] {40}
          the fighting leaves 12 dead | KILLED 12 EXACT [leaves 12 dead] {12}
          fighting that left more than 1,000 people dead, hundreds of people wounded | KILLED 1000 OVER [left more than 1,000 people dead] {1,000}
          we inflicted 1,902 dead, 1,209 wounded, and 44 terrorists have deserted | KILLED 1902 EXACT [1,902 dead] {1,902} ; WOUNDED 1209 EXACT [1,209 wounded] {1,209}
          the six jesuits and two more persons were killed on 16 november | KILLED 8 EXACT [six jesuits and two more persons were killed] {six jesuits and two more persons}
          we killed three and wounded five, and took four prisoners | KILLED 3 EXACT [killed three] {three} ; WOUNDED 5 EXACT [wounded five] {five}
          the two dead officers were identified | nothing
          five judges have been killed in 2 months | KILLED 5 EXACT [five judges have been killed] {five}
          a policeman was killed and another policeman wounded | KILLED 1 EXACT [a policeman was killed] {a}
          twenty-eight policemen have been killed in this city | KILLED 28 EXACT [twenty-eight policemen have been killed] {twenty-eight}
          the attack left two dead and three injured | KILLED 2 EXACT [left two dead] {two} ; WOUNDED 3 EXACT [three injured] {three}
          Another federal lawmaker, Abdullahi Ahmed Hussein, also known as "Onka," was seriously injured in the shooting. | WOUNDED 1 AT_LEAST [Abdullahi Ahmed Hussein, also known as "Onka," was seriously injured] {Abdullahi Ahmed Hussein}
          Earlier this month, Bonomade Machude Omar, a senior commander of Islamic State Mozambique Province, was killed in a clash. | KILLED 1 AT_LEAST [Bonomade Machude Omar, a senior commander of Islamic State Mozambique Province, was killed] {Bonomade Machude Omar}
          Islamic State leader Abu Bakr al-Baghdadi was killed in a raid. | KILLED 1 AT_LEAST [Abu Bakr al-Baghdadi was killed] {Abu Bakr al-Baghdadi}
          The Islamic State commander was killed in a raid. | nothing
          the war has killed 1.5 million people | KILLED 1500000 EXACT [killed 1.5 million people] {1.5 million}
          the blasts killed nearly 40 and injured some 200 people | KILLED 40 ABOUT [killed nearly 40] {40} ; WOUNDED 200 ABOUT [injured some 200 people] {200}
          the attack killed roughly 30 | KILLED 30 ABOUT [killed roughly 30] {30}
          the bombing killed almost 50 people | KILLED 50 ABOUT [killed almost 50 people] {50}
          the shelling killed an estimated 300 civilians | KILLED 300 ABOUT [killed an estimated 300 civilians] {300}
          the shelling killed around 300 civilians | KILLED 300 ABOUT [killed around 300 civilians] {300}
          the bomb injured up to 25 people | WOUNDED 25 UP_TO [injured up to 25 people] {25}
          no fewer than 8 guards were slain | KILLED 8 AT_LEAST [no fewer than 8 guards were slain] {8}
          the rebels executed 11 hostages | KILLED 11 EXACT [executed 11 hostages] {11}
          five people were shot dead at the market | KILLED 5 EXACT [five people were shot dead] {five}
          six bodies were found near the road | KILLED 6 EXACT [six bodies] {six}
          there were 9 fatalities | KILLED 9 EXACT [9 fatalities] {9}
          the attack on the base killed a total of 50 soldiers | KILLED 50 EXACT [killed a total of 50 soldiers] {50}
          the blast wounded a further 10 people | WOUNDED 10 EXACT [wounded a further 10 people] {10}
          two car bombs killed the governor | nothing
          the 17-year-old daughter of a member of the security forces was wounded | nothing
          the soldiers were killed 3 days ago | nothing
          the attack, in 2017, killed 40 | KILLED 40 EXACT [killed 40] {40}
          the two sides fought for 30 hours | nothing
          the group, which had 2,000 fighters, was defeated | nothing
          """)
  void readsFigures(String text, String expected) {
    assertThat(render(text)).isEqualTo(expected);
  }

  @Test
  void emptySentenceHasNoMentions() {
    assertThat(extract("")).isEmpty();
  }

  @Test
  void spansAreDocumentOffsetsInsideTheSentence() {
    String doc = "Kerman (CNN) -- Twin bombings hit. At least 16 people died. Police said more.";
    int start = doc.indexOf("At least");
    int end = doc.indexOf("died.") + 5;
    Sentence s =
        new Sentence(
            "d",
            1,
            new org.incidex.text.Span(start, end),
            doc.substring(start, end),
            org.incidex.text.SegmentKind.SENTENCE,
            List.of());
    List<Mention> mentions = extractor.extract(s, DocumentContext.of(Document.of("d", doc)));
    assertThat(mentions).hasSize(1);
    CasualtyMention m = (CasualtyMention) mentions.get(0);
    assertThat(m.span().of(doc)).isEqualTo("At least 16 people died");
    assertThat(m.numberSpan().of(doc)).isEqualTo("16");
    assertThat(s.span().contains(m.span())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Security forces responded, injuring dozens.                   | injuring dozens        | dozens    | WOUNDED
          causing "scores of casualties", police said.                  | scores of casualties   | scores    | CASUALTIES
          Thousands of Somalis have been killed                         | Thousands of Somalis have been killed | Thousands | KILLED
          the attack left a large number of people dead                 | left a large number of people dead | a large number | KILLED
          "A few casualties" were reported                              | A few casualties       | A few     | CASUALTIES
          "Many bodies" were at the scene                               | Many bodies            | Many      | KILLED
          and dozens of wounded flocked to hospitals                    | dozens of wounded      | dozens    | WOUNDED
          several people were hurt                                      | several people were hurt | several | WOUNDED
          """)
  void reportsVagueAmounts(String text, String phrase, String amount, String harm) {
    Sentence s = PlainAnalyzer.of(text.strip());
    List<VagueFigure> vague = extractor.vagueFigures(s);
    assertThat(vague).hasSize(1);
    assertThat(vague.get(0).span().of(text.strip())).isEqualTo(phrase);
    assertThat(vague.get(0).amount()).isEqualTo(amount);
    assertThat(vague.get(0).harm().name()).isEqualTo(harm);
    assertThat(extract(text.strip())).isEmpty();
  }

  @Test
  void vagueFigureMessageSaysWhatWasLeftEmpty() {
    Sentence s = PlainAnalyzer.of("injuring dozens");
    VagueFigure v = extractor.vagueFigures(s).get(0);
    assertThat(v.message(v.span().of("injuring dozens")))
        .isEqualTo("\"injuring dozens\" has no number; wounded left empty");
  }
}
