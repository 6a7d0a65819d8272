package org.incidex.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per pair rule ({@link PairRules}, {@link ViolenceRules}, {@link GroupRules}): a sentence,
 * its hand-tagged actor names ({@link Tagged}), and the relation the rule must state. A test checks
 * that every rule has a row.
 */
class PairRulesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "person as org's leader",
            "Commanders rejected the choice of Mullah Fazlullah as the TTP's emir.",
            "Mullah Fazlullah leader_of TTP [emir]",
            "P:Mullah Fazlullah",
            "A:TTP"),
        row(
            "person served as org's spokesman",
            "Ehsanullah Ehsan served as the group's spokesman until 2017.",
            "Ehsanullah Ehsan member_of JuA [spokesman]",
            "P:Ehsanullah Ehsan",
            "D:the group=JuA"),
        row(
            "person was killed in a clash with",
            "Earlier this month, Bonomade Machude Omar was killed in a clash with the FADM in Macomia.",
            "Bonomade Machude Omar killed_by FADM",
            "P:Bonomade Machude Omar",
            "S:FADM"),
        row(
            "led by",
            "Jamat al-Tawhid wa al-Jihad, led by Jordanian jihadist Abu Musab al-Zarqawi, grew.",
            "Abu Musab al-Zarqawi leader_of JTJ [leader]",
            "A:Jamat al-Tawhid wa al-Jihad=JTJ",
            "P:Abu Musab al-Zarqawi"),
        row(
            "led by",
            "The NMF, which split from Ansarul Islam in 2019, has been led since early 2021 by Ahmed"
                + " Salim Duma.",
            "Ahmed Salim Duma leader_of NMF [leader] @2021",
            "A:NMF",
            "A:Ansarul Islam",
            "P:Ahmed Salim Duma"),
        row(
            "separated from",
            "The NMF, which split from Ansarul Islam in 2019, has been led by Ahmed Salim Duma.",
            "NMF split_from Ansarul Islam @2019",
            "A:NMF",
            "A:Ansarul Islam",
            "P:Ahmed Salim Duma"),
        row(
            "founded by",
            "The group was founded by Mohammed Yusuf in Maiduguri.",
            "Mohammed Yusuf leader_of Boko Haram [founder]",
            "D:The group=Boko Haram",
            "P:Mohammed Yusuf"),
        row(
            "and is led by",
            "The group has waged an insurgency against the Pakistani state and is led by Noor Wali"
                + " Mehsud.",
            "Noor Wali Mehsud leader_of TTP [leader]",
            "D:The group=TTP",
            "S:Pakistani state=Pakistan",
            "P:Noor Wali Mehsud"),
        row(
            "under the leadership of",
            "In 2011 the group, newly under the leadership of Abu Bakr al-Baghdadi, re-emerged.",
            "Abu Bakr al-Baghdadi leader_of AQI [leader] @2011",
            "D:the group=AQI",
            "P:Abu Bakr al-Baghdadi"),
        row(
            "person, the leader of org",
            "Sheikh Abu Al Zubeir, identified as \"the emir of Al-Shabaab in Somalia,\" spoke.",
            "Sheikh Abu Al Zubeir leader_of al-Shabaab [emir]",
            "P:Sheikh Abu Al Zubeir",
            "A:Al-Shabaab=al-Shabaab"),
        row(
            "person became leader of org",
            "In 2018 Noor Wali Mehsud became the new leader of the TTP.",
            "Noor Wali Mehsud leader_of TTP [leader] @2018",
            "P:Noor Wali Mehsud",
            "A:TTP"),
        row(
            "person became org's leader",
            "In 2009 Abubakar Shekau became the group's leader.",
            "Abubakar Shekau leader_of Boko Haram [leader] @2009",
            "P:Abubakar Shekau",
            "D:the group=Boko Haram"),
        row(
            "person is org's leader",
            "Saif al-Adel is now the group's de facto leader.",
            "Saif al-Adel leader_of al-Qaeda [de facto leader]",
            "P:Saif al-Adel",
            "D:the group=al-Qaeda"),
        row(
            "person is org's deputy",
            "Abdul Rauf Asghar, the brother of Masood Azhar, is the group's deputy chief.",
            "Abdul Rauf Asghar deputy_of JeM [deputy chief]",
            "P:Abdul Rauf Asghar",
            "P:Masood Azhar",
            "D:the group=JeM"),
        row(
            "person, the org leader",
            "Hassan Nasrallah, the Hezbollah leader, spoke on television.",
            "Hassan Nasrallah leader_of Hezbollah [leader]",
            "P:Hassan Nasrallah",
            "A:Hezbollah"),
        row(
            "person, a senior org commander",
            "Security forces arrested Abdul Rauf, a senior TTP commander, in a raid.",
            "Abdul Rauf member_of TTP [senior commander]",
            "P:Abdul Rauf",
            "A:TTP"),
        row(
            "person formed org",
            "Karuna Amman broke with the LTTE and formed the Tamil Makkal Viduthalai Pulikal.",
            "Karuna Amman leader_of TMVP [founder]",
            "P:Karuna Amman",
            "A:LTTE",
            "A:Tamil Makkal Viduthalai Pulikal=TMVP"),
        row(
            "person leads org",
            "Marulanda led the group until his death.",
            "Marulanda leader_of FARC [leader]",
            "P:Marulanda",
            "D:the group=FARC"),
        row(
            "org title person",
            "They mourned Quds Force leader Qasem Soleimani.",
            "Qasem Soleimani leader_of Quds Force [leader]",
            "S:Quds Force",
            "P:Qasem Soleimani"),
        row(
            "head of org person",
            "The NDS announced the arrest of the head of IS Aslam Farooqi.",
            "Aslam Farooqi leader_of Islamic State [head]",
            "A:IS=Islamic State",
            "P:Aslam Farooqi"),
        row(
            "person, deputy of org",
            "Abu Ali al-Anbari, the deputy leader of ISIS, was killed.",
            "Abu Ali al-Anbari deputy_of Islamic State [deputy leader]",
            "P:Abu Ali al-Anbari",
            "A:ISIS=Islamic State"),
        row(
            "org deputy person",
            "ISIS deputy emir Muslim Turkmani was seen in Raqqa.",
            "Muslim Turkmani deputy_of Islamic State [deputy emir]",
            "A:ISIS=Islamic State",
            "P:Muslim Turkmani"),
        row(
            "org spokesman person",
            "\"We are at war with them,\" Al-Shabaab spokesman Ali Mohamoud Rage said.",
            "Ali Mohamoud Rage member_of al-Shabaab [spokesman]",
            "A:Al-Shabaab=al-Shabaab",
            "P:Ali Mohamoud Rage"),
        row(
            "person, a member of org",
            "Anwar al-Awlaki, an American-born cleric and a senior member of AQAP, was killed.",
            "Anwar al-Awlaki member_of AQAP [senior member]",
            "P:Anwar al-Awlaki",
            "A:AQAP"),
        row(
            "org member person",
            "The group's chief negotiator, Anton Balasingham, died in London.",
            "Anton Balasingham member_of LTTE [chief negotiator]",
            "D:The group=LTTE",
            "P:Anton Balasingham"),
        row(
            "joined",
            "Noreen confessed to joining IS through a terrorist she met online.",
            "Noreen member_of Islamic State",
            "P:Noreen",
            "A:IS=Islamic State"),
        row(
            "swore allegiance",
            "In 2004, Zarqawi swore allegiance to Osama bin Laden.",
            "Zarqawi allegiance_to Osama bin Laden @2004",
            "P:Zarqawi",
            "P:Osama bin Laden"),
        row(
            "arrest of by",
            "On 4 April 2020, the NDS announced the arrest of Aslam Farooqi by the Afghan military"
                + " forces.",
            "Aslam Farooqi arrested_by Afghan Armed Forces @2020-04-04",
            "P:Aslam Farooqi",
            "S:Afghan military forces=Afghan Armed Forces"),
        row(
            "force arrested person",
            "In June 2024, Kenyan police arrested Ahmed Iman near Lamu.",
            "Ahmed Iman arrested_by Kenya Police @2024-06",
            "S:Kenyan police=Kenya Police",
            "P:Ahmed Iman"),
        row(
            "person was arrested by",
            "Abdul Rauf was arrested by the Counter Terrorism Department in May 2023.",
            "Abdul Rauf arrested_by Counter Terrorism Department @2023-05",
            "P:Abdul Rauf",
            "S:Counter Terrorism Department"),
        row(
            "assassination of",
            "Crowds mourned the US assassination of Qasem Soleimani on 3 January 2020.",
            "Qasem Soleimani killed_by United States @2020-01-03",
            "S:US=United States",
            "P:Qasem Soleimani"),
        row(
            "force killed person",
            "In 1991, an LTTE suicide bomber assassinated former Indian Prime Minister Rajiv"
                + " Gandhi.",
            "Rajiv Gandhi killed_by LTTE @1991",
            "A:LTTE",
            "P:Rajiv Gandhi"),
        row(
            "person was killed by",
            "Their founder, Hussein al-Houthi, was killed by Yemeni forces in 2004.",
            "Hussein al-Houthi killed_by Yemeni Armed Forces @2004",
            "P:Hussein al-Houthi",
            "S:Yemeni forces=Yemeni Armed Forces"),
        row(
            "person was killed in a force's strike",
            "Mullah Fazlullah was killed in a U.S. drone strike in June 2018.",
            "Mullah Fazlullah killed_by United States @2018-06",
            "P:Mullah Fazlullah",
            "S:U.S.=United States"),
        row(
            "renamed",
            "In 2004 the group became part of the campaign, becoming known as al-Qaeda in Iraq.",
            "JTJ renamed_to AQI @2004",
            "D:the group=JTJ",
            "A:al-Qaeda in Iraq=AQI"),
        row(
            "formerly known as",
            "Hayat Tahrir al-Sham, formerly known as the Nusra Front, controls Idlib.",
            "al-Nusra Front renamed_to Hayat Tahrir al-Sham",
            "A:Hayat Tahrir al-Sham",
            "A:Nusra Front=al-Nusra Front"),
        row(
            "separated from",
            "Jamaat-ul-Ahrar, a faction that broke away from the TTP in 2014, later rejoined.",
            "Jamaat-ul-Ahrar split_from TTP @2014",
            "A:Jamaat-ul-Ahrar",
            "A:TTP"),
        row(
            "splinter group",
            "The Kurdistan Freedom Falcons are a splinter group from the Kurdistan Workers' Party.",
            "TAK split_from PKK",
            "A:Kurdistan Freedom Falcons=TAK",
            "A:Kurdistan Workers' Party=PKK"),
        row(
            "splinter group",
            "It was formed in August 2014 as a splinter group of the TTP by dissident commanders.",
            "JuA split_from TTP @2014-08",
            "D:It=JuA",
            "A:TTP"),
        row(
            "splinter group",
            "The Ricardo Franco Front is a dissident faction of the FARC.",
            "Ricardo Franco Front split_from FARC",
            "A:Ricardo Franco Front",
            "A:FARC"),
        row(
            "broke away and formed",
            "In November 2017, a dissident faction of the group broke away and formed Hizbul Ahrar.",
            "Hizbul Ahrar split_from JuA @2017-11",
            "D:the group=JuA",
            "A:Hizbul Ahrar"),
        row(
            "rejoined",
            "In August 2020, Jamaat-ul-Ahrar rejoined the TTP.",
            "JuA branch_of TTP @2020-08",
            "A:Jamaat-ul-Ahrar=JuA",
            "A:TTP"),
        row(
            "an org unit",
            "Police blamed Jaysh Ayman, an al-Shabaab unit that operates from the forest.",
            "Jaysh Ayman branch_of al-Shabaab",
            "A:Jaysh Ayman",
            "A:al-Shabaab"),
        row(
            "an org unit",
            "ISWAP, the Islamic State's regional branch, claimed the attack.",
            "ISWAP branch_of Islamic State",
            "A:ISWAP",
            "A:Islamic State"),
        row(
            "allied with",
            "Al-Shabaab, the Somali militant group allied with al-Qaeda, claimed it.",
            "al-Shabaab allied_with al-Qaeda",
            "A:Al-Shabaab=al-Shabaab",
            "A:al-Qaeda"),
        row(
            "affiliate of",
            "ISIS, which is an affiliate of the al Qaeda terrorist organization, fights on.",
            "Islamic State branch_of al-Qaeda",
            "A:ISIS=Islamic State",
            "A:al Qaeda=al-Qaeda"),
        row(
            "affiliated with",
            "Ansaru, a splinter group of Boko Haram, is aligned with AQIM.",
            "Ansaru branch_of AQIM",
            "A:Ansaru",
            "A:Boko Haram",
            "A:AQIM"),
        row(
            "org's branch",
            "The Islamic State's regional affiliate, known as ISKP, is a rival of the Taliban.",
            "ISKP branch_of Islamic State",
            "A:Islamic State",
            "A:ISKP",
            "A:Taliban"),
        row(
            "has affiliates including",
            "Al-Qaeda has affiliates in several countries, including AQAP, al-Shabaab in Somalia and"
                + " JNIM in the Sahel.",
            "JNIM branch_of al-Qaeda",
            "A:Al-Qaeda=al-Qaeda",
            "A:AQAP",
            "A:al-Shabaab",
            "A:JNIM"),
        row(
            "org-linked org",
            "In a statement, the al-Qaeda-linked Islamist group al-Shabaab claimed it.",
            "al-Shabaab branch_of al-Qaeda",
            "A:al-Qaeda",
            "A:al-Shabaab"),
        row(
            "org-backed org",
            "The Iran-backed Houthis fired missiles at ships.",
            "Houthis allied_with Iran",
            "S:Iran",
            "A:Houthis"),
        row(
            "allied with",
            "Hezbollah -- also considered a terrorist organization by the United States -- is"
                + " fighting beside al-Assad's troops.",
            "Hezbollah allied_with Syrian Armed Forces",
            "A:Hezbollah",
            "S:United States",
            "S:al-Assad's troops=Syrian Armed Forces"),
        row(
            "trains and assists",
            "\"ISAF continues to train, advise and assist the ANSF,\" ISAF said.",
            "ISAF allied_with ANSF",
            "S:ISAF",
            "S:ANSF"),
        row(
            "org's campaign against",
            "The Taliban's campaign against the Afghan government intensified in 2015.",
            "Taliban opposed_to Afghanistan @2015",
            "A:Taliban",
            "S:Afghan government=Afghanistan"),
        row(
            "campaign against",
            "The PKK is a movement of guerrillas who have been fighting against the Turkish state"
                + " since the 1980s.",
            "PKK opposed_to Turkey @1980s",
            "A:PKK",
            "S:Turkish state=Turkey"),
        row(
            "conflict between",
            "The 26-year conflict between Turkish security forces and Kurdish PKK militants flared.",
            "Turkish security forces opposed_to PKK",
            "S:Turkish security forces",
            "A:PKK"),
        row(
            "attacked because",
            "The Pakistani Taliban said it attacked because one of the candidates, Munir Orakzai,"
                + " had handed over members to the United States.",
            "TTP opposed_to Munir Orakzai",
            "A:Pakistani Taliban=TTP",
            "P:Munir Orakzai",
            "S:United States"),
        row(
            "message to",
            "Al-Shabaab said, \"My message to the Ugandan nation is that you will be the target for"
                + " our retribution.\"",
            "al-Shabaab opposed_to Uganda",
            "A:Al-Shabaab=al-Shabaab",
            "S:Ugandan nation=Uganda"),
        row(
            "threatened",
            "Al-Shabaab has repeatedly threatened Kenya over its troops in Somalia.",
            "al-Shabaab opposed_to Kenya",
            "A:Al-Shabaab=al-Shabaab",
            "S:Kenya"),
        row(
            "org's org",
            "JNIM’s Katiba Macina claimed the attack.",
            "Katiba Macina branch_of JNIM",
            "A:JNIM",
            "A:Katiba Macina"),
        row(
            "nested org",
            "He had commanded the IRGC Quds Force for two decades.",
            "Quds Force branch_of IRGC",
            "S:IRGC",
            "S:Quds Force"));
  }

  private static Arguments row(String rule, String sentence, String expected, String... tags) {
    return Arguments.of(rule, sentence, expected, tags);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void statesTheRelation(String rule, String sentence, String expected, String[] tags) {
    assertThat(Tagged.relations(sentence, tags)).contains(expected);
  }

  @Test
  void everyPairRuleHasARow() {
    Set<String> tested =
        rows()
            .map(a -> (String) a.get()[0])
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    List<String> rules = new ArrayList<>();
    PairRules.ALL.forEach(r -> rules.add(r.name()));
    ViolenceRules.ALL.forEach(r -> rules.add(r.name()));
    GroupRules.ALL.forEach(r -> rules.add(r.name()));
    assertThat(tested).containsAll(rules);
  }
}
