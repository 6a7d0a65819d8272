package org.incidex.export;

import static java.util.Map.entry;

import java.util.Map;
import org.incidex.model.IncidentType;
import org.incidex.model.Target;
import org.incidex.model.WherePrecision;

/**
 * Our closed sets in the Global Terrorism Database's words (GTD codebook: attack type,
 * target/victim type, geocoding specificity).
 *
 * <pre>
 * our attack type     attacktype1_txt                       our target               targtype_txt
 * assassination       Assassination                         private_citizens         Private Citizens &amp; Property
 * armed_assault       Armed Assault                         religious                Religious Figures/Institutions
 * bombing             Bombing/Explosion                     military                 Military
 * hijacking           Hijacking                             police                   Police
 * hostage_barricade   Hostage Taking (Barricade Incident)   government               Government (General)
 * kidnapping          Hostage Taking (Kidnapping)           diplomatic               Government (Diplomatic)
 * facility_attack     Facility/Infrastructure Attack        educational              Educational Institution
 * unarmed_assault     Unarmed Assault                       business                 Business
 * unknown             Unknown                               transportation           Transportation
 *                                                           airports_aircraft        Airports &amp; Aircraft
 * arrest, raid,       (none: GTD codes attacks only; our    journalists_media        Journalists &amp; Media
 * airstrike,           kind and type columns carry them)    ngo                      NGO
 * other_operation                                           utilities                Utilities
 *                                                           tourists                 Tourists
 * where precision     specificity                           violent_political_party  Violent Political Party
 * site, town          1 (in a city, its coordinates)        non_state_militia        Terrorists/Non-State Militia
 * district            3 (smallest subnational region)       other                    Other
 * province            4 (1st-order region's centre)         unknown                  Unknown
 * country             5 (no 1st-order region)
 * </pre>
 *
 * GTD types we never produce (Abortion Related, Food or Water Supply, Maritime, Telecommunication)
 * have no row.
 */
final class GtdCodes {
  private GtdCodes() {}

  /** GTD's attack type names; security operations have none. */
  static final Map<IncidentType, String> ATTACK_TYPES =
      Map.ofEntries(
          entry(IncidentType.ASSASSINATION, "Assassination"),
          entry(IncidentType.ARMED_ASSAULT, "Armed Assault"),
          entry(IncidentType.BOMBING, "Bombing/Explosion"),
          entry(IncidentType.HIJACKING, "Hijacking"),
          entry(IncidentType.HOSTAGE_BARRICADE, "Hostage Taking (Barricade Incident)"),
          entry(IncidentType.KIDNAPPING, "Hostage Taking (Kidnapping)"),
          entry(IncidentType.FACILITY_ATTACK, "Facility/Infrastructure Attack"),
          entry(IncidentType.UNARMED_ASSAULT, "Unarmed Assault"),
          entry(IncidentType.UNKNOWN, "Unknown"));

  /** GTD's target/victim type names, one for each of our targets. */
  static final Map<Target, String> TARGET_TYPES =
      Map.ofEntries(
          entry(Target.PRIVATE_CITIZENS, "Private Citizens & Property"),
          entry(Target.RELIGIOUS, "Religious Figures/Institutions"),
          entry(Target.MILITARY, "Military"),
          entry(Target.POLICE, "Police"),
          entry(Target.GOVERNMENT, "Government (General)"),
          entry(Target.DIPLOMATIC, "Government (Diplomatic)"),
          entry(Target.EDUCATIONAL, "Educational Institution"),
          entry(Target.BUSINESS, "Business"),
          entry(Target.TRANSPORTATION, "Transportation"),
          entry(Target.AIRPORTS_AIRCRAFT, "Airports & Aircraft"),
          entry(Target.JOURNALISTS_MEDIA, "Journalists & Media"),
          entry(Target.NGO, "NGO"),
          entry(Target.UTILITIES, "Utilities"),
          entry(Target.TOURISTS, "Tourists"),
          entry(Target.VIOLENT_POLITICAL_PARTY, "Violent Political Party"),
          entry(Target.NON_STATE_MILITIA, "Terrorists/Non-State Militia"),
          entry(Target.OTHER, "Other"),
          entry(Target.UNKNOWN, "Unknown"));

  /** GTD's geocoding specificity (1 most precise … 5 no region known) for our precision. */
  static final Map<WherePrecision, String> SPECIFICITY =
      Map.of(
          WherePrecision.SITE, "1",
          WherePrecision.TOWN, "1",
          WherePrecision.DISTRICT, "3",
          WherePrecision.PROVINCE, "4",
          WherePrecision.COUNTRY, "5");

  /** GTD's value for "no information" in yes/no/unknown variables such as {@code claimed}. */
  static final String NO_INFORMATION = "-9";
}
