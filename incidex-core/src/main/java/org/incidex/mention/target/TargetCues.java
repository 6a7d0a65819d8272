package org.incidex.mention.target;

import static org.incidex.model.Target.AIRPORTS_AIRCRAFT;
import static org.incidex.model.Target.BUSINESS;
import static org.incidex.model.Target.DIPLOMATIC;
import static org.incidex.model.Target.EDUCATIONAL;
import static org.incidex.model.Target.GOVERNMENT;
import static org.incidex.model.Target.JOURNALISTS_MEDIA;
import static org.incidex.model.Target.MILITARY;
import static org.incidex.model.Target.NGO;
import static org.incidex.model.Target.NON_STATE_MILITIA;
import static org.incidex.model.Target.POLICE;
import static org.incidex.model.Target.PRIVATE_CITIZENS;
import static org.incidex.model.Target.RELIGIOUS;
import static org.incidex.model.Target.TOURISTS;
import static org.incidex.model.Target.TRANSPORTATION;
import static org.incidex.model.Target.UTILITIES;

import java.util.LinkedHashMap;
import java.util.Map;
import org.incidex.model.Target;

/**
 * Nouns that name what or whom an attack targeted, by the GTD target categories the spec uses. A
 * modifier that is itself a cue decides the category of a compound ("gendarmerie school" is POLICE,
 * "police bus" is POLICE), so longer, more specific rows come first. Keys are lower-case regular
 * expressions matched on word boundaries.
 */
final class TargetCues {
  private TargetCues() {}

  static final Map<String, Target> CUES = new LinkedHashMap<>();

  static {
    // compounds where the modifier decides
    put(
        POLICE,
        "gendarmerie (?:school|base|post|station|sergeants?|officers?)|police (?:bus|station|"
            + "stations|headquarters|post|checkpoint|officers?|patrol|vehicle|van|academy|school)");
    put(
        MILITARY,
        "military (?:zone|base|bus|convoy|personnel|vehicle|post|academy|school|airport"
            + "|installations?|headquarters|camp)|army (?:base|post|headquarters|camp|convoy)"
            + "|(?:military|army|naval|air) base|convoy of (?:foreign|nato|us|u\\.s\\.|american) forces");
    put(
        TRANSPORTATION,
        "passenger bus|train station|railway station|bus station|metro station"
            + "|subway station|bus stop|railway|train|trains|subway|metro|buses|bus|ferry|ferries"
            + "|passenger (?:ships?|boats?|vessels?)");
    put(AIRPORTS_AIRCRAFT, "airport|airports|aircraft|airliner|airplane|plane|flight");
    put(
        DIPLOMATIC,
        "embassy|embassies|consulate|consulates|consular|diplomats?|ambassadors?"
            + "|diplomatic (?:mission|convoy|compound)");
    put(
        RELIGIOUS,
        "mosques?|church(?:es)?|shrines?|temples?|synagogues?|pilgrims?|worshippers?"
            + "|clerics?|imams?|priests?|monaster(?:y|ies)|madrassas?|seminar(?:y|ies)"
            + "|cathedrals?|chapels?|parishioners|congregations?|(?:sunday|midnight|easter|christmas)"
            + " mass");
    put(
        EDUCATIONAL,
        "schools?|universit(?:y|ies)|college|students?|pupils|schoolchildren"
            + "|teachers?|campus");
    put(
        GOVERNMENT,
        "ministry|ministries|government (?:building|offices?|officials?|compound)"
            + "|parliament(?: headquarters| building)?|lawmakers?|legislators?|parliamentarians?"
            + "|members? of parliament|mps|candidates?|rally|rallies|campaign office|governor'?s?"
            + "|mayor|ministers?|officials?|court(?:house)?|judges?|security directorate"
            + "|presidential palace|town hall|city hall(?! music)");
    put(
        POLICE,
        "police(?:men|women)?|officers|gendarmes|gendarmerie|checkpoints?|police officers?");
    put(
        MILITARY,
        "soldiers?|troops|military|servicemen|army|peacekeepers|marines|sergeants?"
            + "|isaf members|nato (?:forces|troops|members)|service members|members of the united states"
            + " military|u\\.s\\. military personnel|military personnel");
    put(
        BUSINESS,
        "hotels?|malls?|shopping (?:mall|centre|center)|restaurants?|cafes?|bars?"
            + "|nightclubs?|markets?|marketplace|shops?|stores?|supermarkets?|banks?|venues?"
            + "|concert hall|music venue|rugby (?:club|center|centre)|businesses|business|factor(?:y|ies)"
            + "|companies|company|offices|cinemas?|theat(?:er|re)s?|stadium|resorts?"
            + "|(?:oil|mining|gas) (?:company|companies|contractors?|workers?)");
    put(
        JOURNALISTS_MEDIA,
        "journalists?|reporters?|newspapers?|media (?:office|outlets?)"
            + "|television station|tv station|radio station|broadcasters?");
    put(
        NGO,
        "aid workers?|ngos?|charit(?:y|ies)|humanitarian workers?|aid agenc(?:y|ies)"
            + "|human rights (?:organi[sz]ations?|groups?|defenders|activists)");
    put(
        UTILITIES,
        "power (?:station|plant|lines?|grid)|electric(?:ity|al)? (?:power )?"
            + "(?:substation|plant|towers?|pylons?)|substation|pipelines?|pylons?|water supply|dam");
    put(TOURISTS, "tourists?|holidaymakers|sightseers");
    put(
        NON_STATE_MILITIA,
        "taliban members|(?:suspected )?[\\p{L}–-]+ members|militants?"
            + "|insurgents?|fighters|jihadists|terrorists?|rebels|guerrillas|commanders|suspects");
    put(
        PRIVATE_CITIZENS,
        "civilians?|mourners|procession|funerals?|gathering|crowds?"
            + "|concertgoers|shoppers|passengers|pedestrians|residents|villagers|peasants|children"
            + "|families|famil(?:y|ies)|daughters?|sons?|bystanders|spectators|fans|wedding"
            + "|maternity ward|patients|women|girls?|boys?|worshippers at|people gathered|commuters"
            + "|farmers|workers|labou?rers|refugees|displaced");
  }

  private static void put(Target target, String regex) {
    CUES.put(regex, target);
  }
}
