package org.incidex.mention.perpetrator;

import java.util.Set;

/**
 * Nouns (lemmas, lower case) that name people who carry out violent acts. A new word is a row here
 * and a row in {@code PerpetratorExtractorTest}.
 */
final class PerpetratorWords {
  private PerpetratorWords() {}

  /** Nouns that name perpetrators by themselves, wherever an act is told in the sentence. */
  static final Set<String> ALWAYS =
      Set.of(
          "terrorist",
          "gunman",
          "gunmen",
          "assassin",
          "hitman",
          "hitmen",
          "kidnapper",
          "assailant",
          "attacker",
          "murderer",
          "narcoterrorist",
          "subversive",
          "guerrilla",
          "sicario",
          "bomber",
          "arsonist",
          "killer",
          "abductor");

  /** Nouns that name perpetrators only when the sentence makes them the agent of an act. */
  static final Set<String> AS_AGENT =
      Set.of(
          "rebel",
          "man",
          "men",
          "individual",
          "person",
          "people",
          "commando",
          "trafficker",
          "squad",
          "soldier",
          "troops",
          "troop",
          "policeman",
          "policemen",
          "criminal",
          "bandit",
          "extremist",
          "insurgent",
          "militant",
          "youth",
          "mercenary",
          "paramilitary",
          "member",
          "group",
          "column",
          "band",
          "gang",
          "unit",
          "agent",
          "civilian",
          "stranger",
          "thug",
          "delinquent",
          "fighter",
          "militiaman",
          "militiamen",
          "guard",
          "officer",
          "patrol",
          "student",
          "demonstrator",
          "mob");

  /** Heads that take an {@code of} complement naming who: "members of the armed forces". */
  static final Set<String> WITH_COMPLEMENT =
      Set.of("member", "group", "column", "band", "gang", "squad", "unit", "commando");
}
