package org.incidex.mention.actor;

import java.util.Optional;

/** Countries by name and demonym, as actor rules need them ("Kenyan authorities" is Kenya). */
public interface Nationalities {
  /** {@code Kenyan} → {@code KE}. */
  Optional<String> countryOfDemonym(String word);

  /** {@code Kenya}, {@code the United States}, {@code Russia's} → the ISO alpha-2 code. */
  Optional<String> countryOfName(String name);

  /** The common English name of a country: {@code KE} → {@code Kenya}. */
  String nameOf(String iso2);

  /** The adjective of a country: {@code KE} → {@code Kenyan}. */
  String demonymOf(String iso2);
}
