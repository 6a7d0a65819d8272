package org.incidex.mention.actor;

import java.util.regex.Pattern;
import org.incidex.mention.ActorClass;

/**
 * Classifies an organisation name the lexicon does not know by its words: "… Liberation Front" is
 * an armed group, "… Ministry" a state body, "… News Agency" neither.
 */
final class OrganizationWords {
  private OrganizationWords() {}

  private static final Pattern ARMED =
      Pattern.compile(
          "(?i)\\b(?:front|brigades?|battalions?|liberation|jihad|jihadi|mujahideen|mujahedeen"
              + "|militia|taliban|hawks|falcons|tigers|commandos?|katiba|ansar|jamaat|jama'at"
              + "|lashkar|jaish|harakat|tehrik|hizb|hezb|martyrs|guerrillas?|insurgents|rebels"
              + "|army of|islamic army|resistance|caliphate|emirate|wilayat|province of|cell)\\b");

  private static final Pattern STATE =
      Pattern.compile(
          "(?i)\\b(?:ministry|ministries|police|army|armed forces|military|forces|force|peacekeeping"
              + "|peace keeping|directorate"
              + "|government|council|parliament|department|intelligence|gendarmerie|command"
              + "|guard|guards|navy|air force|embassy|consulate|committee|prosecutor|court"
              + "|presidency|office|security service|intelligence service|secret service|police service"
              + "|bureau|agency of)\\b");

  /** Words that describe fighters without naming a group: "members of the Mujahedeen". */
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:(?:islamist|islamic|foreign|local|armed|afghan|arab)\\s+)?"
              + "(?:mujahideen|mujahedeen|mujahidin|mujahedin|militants?|rebels?|insurgents?"
              + "|guerrillas?|jihadists?|islamists?|militias?|fighters|terrorists?|extremists?)");

  /** A name made only of words for fighters, which names no group. */
  static boolean isGeneric(String name) {
    return GENERIC.matcher(name.strip()).matches();
  }

  static ActorClass classify(String name) {
    if (ARMED.matcher(name).find()) {
      return ActorClass.ARMED_GROUP;
    }
    if (STATE.matcher(name).find()) {
      return ActorClass.STATE;
    }
    return ActorClass.OTHER;
  }
}
