package org.incidex.mention.event;

import static org.incidex.model.IncidentType.AIRSTRIKE;
import static org.incidex.model.IncidentType.ARMED_ASSAULT;
import static org.incidex.model.IncidentType.ARREST;
import static org.incidex.model.IncidentType.ASSASSINATION;
import static org.incidex.model.IncidentType.BOMBING;
import static org.incidex.model.IncidentType.FACILITY_ATTACK;
import static org.incidex.model.IncidentType.HIJACKING;
import static org.incidex.model.IncidentType.HOSTAGE_BARRICADE;
import static org.incidex.model.IncidentType.KIDNAPPING;
import static org.incidex.model.IncidentType.OTHER_OPERATION;
import static org.incidex.model.IncidentType.RAID;
import static org.incidex.model.IncidentType.UNARMED_ASSAULT;
import static org.incidex.model.IncidentType.UNKNOWN;

import java.util.List;

/**
 * The words that report attacks and security operations, by GTD attack type. Longer, more specific
 * cues come first: where two overlap, the earlier one wins. A new cue is a row here and a row in
 * {@code EventExtractorTest}.
 */
final class EventCues {
  private EventCues() {}

  static final List<EventCue> ALL =
      List.of(
          // suicide attacks
          EventCue.suicide(
              "suicide bombing",
              "suicide (?:car |truck |vehicle )?(?:bombings?|blasts?|attacks?|explosions?)",
              BOMBING),
          // who did it, not what happened: these type an event told by other words
          EventCue.agent(
              "suicide bomber",
              "suicide (?:car |truck )?bombers?|suicide[- ](?:vest|belt|jacket)s?",
              BOMBING,
              true),
          EventCue.agent("bomber", "bombers?", BOMBING, false),
          EventCue.agent("gunmen", "gunm[ae]n|shooters?", ARMED_ASSAULT, false),
          EventCue.agent("kidnappers", "kidnappers?|abductors?", KIDNAPPING, false),
          EventCue.suicide(
              "blew himself up",
              "blew (?:himself|herself|themselves) up|blowing themselves up",
              BOMBING),
          // operations by state forces
          EventCue.strong(
              "airstrike",
              "(?:unmanned |drone |air |aerial |missile )?(?:air ?strikes?|airstrikes?|drone strikes?"
                  + "|drone attacks?|aerial bombardments?|aerial bombings?|missile strikes?)",
              AIRSTRIKE),
          EventCue.strong(
              "raid operation",
              "(?:joint |security |military |counter-?terrorism |police )?raid operations?",
              RAID),
          EventCue.strong(
              "search operation",
              "(?:search|security|military|counter-?terrorism|clearance|mop-up|cordon-and-search)"
                  + " operations?",
              OTHER_OPERATION),
          EventCue.strong(
              "killed by forces",
              "killed by (?:[\\p{L}-]+\\s+){0,3}?(?:security forces|forces|troops|police|soldiers"
                  + "|special forces|commandos)",
              OTHER_OPERATION),
          // a killing of militants, or a fight with forces, is an operation by those forces
          EventCue.strong(
              "forces killed militants",
              "(?:killed|killing|shot dead|gunned down|neutrali[sz]ed|eliminated)\\s+(?:at least |more than"
                  + " |over |some |about |up to )?(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine"
                  + "|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|dozens of|scores of)"
                  + "\\s+(?:(?:suspected|alleged|armed|heavily armed|islamist|jihadist|insurgent|rebel)\\s+)?"
                  + "(?:militants?|insurgents?|terrorists?|rebels?|jihadists?|bandits?|guerrillas?"
                  + "|extremists?|fighters)\\b",
              OTHER_OPERATION),
          EventCue.strong(
              "fight with forces",
              "(?:shoot-?outs?|clash(?:es)?|gun-?fights?|gun ?battles?|fire ?fights?|encounters?"
                  + "|exchanges? of fire)\\s+with\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:police|army"
                  + "|troops|soldiers|security forces|forces|military|officers|commandos|gendarmes"
                  + "|marines|policemen)\\b",
              OTHER_OPERATION),
          EventCue.strong(
              "arrest",
              "arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s)?|took (?:him|her|them)"
                  + " into custody|taken into custody|captured",
              ARREST),
          EventCue.strong("raid", "raid(?:s|ed|ing)?", RAID),
          // attack types
          EventCue.strong("hijacking", "hijack(?:ed|ing|ings|ers?)?|skyjack(?:ed|ing)?", HIJACKING),
          EventCue.strong(
              "kidnapping", "kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions|ing|s)?", KIDNAPPING),
          // GTD: hostages held where they were taken (a kidnapping takes them elsewhere)
          EventCue.strong(
              "hostage siege",
              "hostage[- ](?:taking|crisis|siege|situation)|(?:taken|took|taking|held|holding)"
                  + " (?:[\\w-]+ ){0,4}?hostages?",
              HOSTAGE_BARRICADE),
          EventCue.strong(
              "assassination", "assassinat(?:ed|ion|ions|ing|e)|assassins?", ASSASSINATION),
          EventCue.strong(
              "fired rockets",
              "(?:launched|fired|hurled|threw|lobbed|shot)\\s+(?:[\\w-]+\\s+){0,2}(?:rockets?|missiles?"
                  + "|mortars?|mortar rounds|grenades?|shells|projectiles|katyushas?)",
              BOMBING),
          EventCue.strong(
              "bombing",
              "(?:car |truck |roadside |parcel |letter |pipe |nail |barrel |time |remote-controlled )?"
                  + "bomb(?:ed|ing|ings)|(?:car |truck |roadside |remote-controlled )bombs?"
                  + "|blasts?|explosions?|explod(?:ed|es|ing)|detonat(?:ed|ion|ions|ing)|blew up"
                  + "|(?:car|truck)[- ]bombs?|shelling|shelled|(?:rocket|mortar|grenade|missile) attacks?",
              BOMBING),
          EventCue.strong(
              "armed assault",
              "(?:mass |drive-by )?shootings?|gunfire|opened fire|open fire"
                  + "|shot (?:dead|and killed|down)|gun attacks?|armed (?:assault|attack)s?"
                  + "|stormed|storming|ambush(?:ed|es)?|massacres?|massacred|clashes|clash|shoot-?outs?"
                  + "|gun-?fights?"
                  + "|(?:fire ?fight|gun ?battle)s?|exchange of fire|stabbing|stabbed|slashing"
                  + "|sieges?|besieged|shot",
              ARMED_ASSAULT),
          EventCue.strong(
              "insider attack",
              "turned (?:his|her|their|its) (?:weapons?|guns?|rifles?) (?:on|against)",
              ARMED_ASSAULT),
          EventCue.strong(
              "arson",
              "arson|set (?:fire to|ablaze|on fire)|torch(?:ed|ing)|burn(?:ed|t) down|firebomb(?:ed|ing)?",
              FACILITY_ATTACK),
          EventCue.strong("unarmed assault", "beaten|beating|lynch(?:ed|ing)", UNARMED_ASSAULT),
          // weak cues: an event only with other evidence
          EventCue.weak(
              "rammed",
              "slammed into|rammed(?: into)?|smashed into|ploughed into|plowed into|crashed into",
              UNKNOWN),
          EventCue.weak(
              "claim",
              "claim(?:ed|s|ing)? (?:of )?responsibility|responsibility (?:was|has been) claimed",
              UNKNOWN),
          EventCue.agent(
              "weapon",
              "bombs?|rockets?|mortars?|grenades?|katyushas?|missiles?|landmines?|mines? exploded"
                  + "|(?:improvised )?explosive devices?|ieds?|explosives",
              BOMBING,
              false),
          EventCue.weak(
              "attack",
              "attack(?:s|ed|ing)?|assault(?:s|ed)?|strikes?|struck|hit by|targeted|offensive"
                  + "|(?-i:operation)",
              UNKNOWN),
          EventCue.weak(
              "killing",
              "number of (?:the )?(?:dead|deaths|killed|wounded|injured|casualties)"
                  + "|kill(?:ed|ing|ings|s)?|murder(?:ed|s)?|slain|died|dead|deaths?|death toll|injur(?:ed|ies|ing)"
                  + "|wound(?:ed|ing)|casualties|fatalities|incident",
              UNKNOWN));
}
