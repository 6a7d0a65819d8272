package org.incidex.mention.phrase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words of violent acts, by the act they name, with every written form: a verb's forms ({@code
 * kidnap kidnaps kidnapped kidnapping}) and its nouns ({@code kidnapping}, {@code abduction}). A
 * new act is a row here. Forms are lower case and compared with the word as written, so the table
 * works with any tagger.
 */
public final class Acts {
  private Acts() {}

  /** What an act does, which decides whom or what it can have as a patient. */
  public enum Harm {
    /** Harms people: kill, kidnap, wound, threaten. */
    PERSON,
    /** Damages things: burn, destroy, dynamite. */
    PROPERTY,
    /** Either: attack, bomb, hit, shoot at. */
    BOTH
  }

  /** One act: its name, what it harms, its verb forms and its nouns. */
  public record Act(String name, Harm harm, List<String> verbs, List<String> nouns) {
    public Act {
      verbs = List.copyOf(verbs);
      nouns = List.copyOf(nouns);
    }
  }

  static final List<Act> ALL =
      List.of(
          act("kill", Harm.PERSON, "kill kills killed killing", "killing killings"),
          act("murder", Harm.PERSON, "murder murders murdered murdering", "murder murders"),
          act(
              "assassinate",
              Harm.PERSON,
              "assassinate assassinates assassinated assassinating",
              "assassination assassinations"),
          act(
              "kidnap",
              Harm.PERSON,
              "kidnap kidnaps kidnapped kidnaping kidnapping abduct abducts abducted abducting",
              "kidnapping kidnappings kidnaping abduction abductions"),
          act("wound", Harm.PERSON, "wound wounds wounded wounding injure injured injuring", ""),
          act("execute", Harm.PERSON, "execute executes executed executing", "execution"),
          act("massacre", Harm.PERSON, "massacre massacred massacring", "massacre massacres"),
          act("torture", Harm.PERSON, "torture tortured torturing", "torture"),
          act("threaten", Harm.PERSON, "threaten threatens threatened threatening", "threats"),
          act("death", Harm.PERSON, "", "death deaths"),
          act("shoot", Harm.BOTH, "shoot shoots shot shooting machinegunned", "shooting"),
          act(
              "attack",
              Harm.BOTH,
              "attack attacks attacked attacking assault assaulted ambush ambushed raid raided"
                  + " storm stormed hit hits",
              "attack attacks assault ambush raid"),
          act(
              "bomb",
              Harm.BOTH,
              "bomb bombs bombed bombing dynamite dynamited dynamiting",
              "bombing bombings dynamiting explosion explosions blast"),
          act(
              "burn",
              Harm.PROPERTY,
              "burn burns burned burnt burning torch torched",
              "burning arson"),
          act(
              "destroy",
              Harm.PROPERTY,
              "destroy destroys destroyed destroying damage damaged damaging blow blew blown"
                  + " sabotage sabotaged",
              "destruction sabotage"),
          act(
              "rob",
              Harm.PROPERTY,
              "rob robs robbed robbing loot looted steal stole stolen seize seized",
              "robbery robberies looting theft"));

  private static final Map<String, Act> VERBS = new HashMap<>();
  private static final Map<String, Act> NOUNS = new HashMap<>();

  static {
    for (Act a : ALL) {
      a.verbs().forEach(v -> VERBS.putIfAbsent(v, a));
      a.nouns().forEach(n -> NOUNS.putIfAbsent(n, a));
    }
  }

  /** Auxiliaries that make the next participle passive: "was killed". */
  static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are");

  private static Act act(String name, Harm harm, String verbs, String nouns) {
    return new Act(
        name,
        harm,
        verbs.isEmpty() ? List.of() : List.of(verbs.split(" ")),
        nouns.isEmpty() ? List.of() : List.of(nouns.split(" ")));
  }

  /** The act a word names as a verb, if any. */
  public static Optional<Act> verb(String word) {
    return Optional.ofNullable(VERBS.get(word));
  }

  /** The act a word names as a noun, if any. */
  public static Optional<Act> noun(String word) {
    return Optional.ofNullable(NOUNS.get(word));
  }

  /** The act a word names either way. */
  public static Optional<Act> any(String word) {
    return verb(word).or(() -> noun(word));
  }
}
