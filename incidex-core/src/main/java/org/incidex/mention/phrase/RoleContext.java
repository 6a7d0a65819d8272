package org.incidex.mention.phrase;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidex.mention.phrase.Acts.Act;
import org.incidex.text.Token;

/**
 * Reads the words around a phrase to say whether it does a violent act or undergoes one, by five
 * named rules over tokens (no parse):
 *
 * <ul>
 *   <li>{@code by}: after {@code by} with an act shortly before: {@code kidnapped by urban
 *       guerrillas}, {@code an attack by the rebels} (agent);
 *   <li>{@code subject}: before an active act verb, perhaps past a relative pronoun or an adverb:
 *       {@code guerrillas attacked}, {@code men who kidnapped} (agent);
 *   <li>{@code passive}: before {@code was / were (been)} and an act participle: {@code the mayor
 *       was killed} (patient);
 *   <li>{@code object}: after an active act verb or {@code set fire to}, {@code against}: {@code
 *       burned the facilities} (patient);
 *   <li>{@code of}: after an act noun and {@code of} or {@code on}: {@code the murder of ...},
 *       {@code an attack on ...} (patient).
 * </ul>
 */
public final class RoleContext {
  private RoleContext() {}

  /** Which side of the act the phrase is on. */
  public enum Side {
    AGENT,
    PATIENT
  }

  /** What the context says: the side, the act, and the rule that said it. */
  public record Cue(Side side, Act act, String rule) {}

  /** Words that may stand between a subject and its verb. */
  private static final Set<String> BETWEEN_SUBJECT_AND_VERB =
      Set.of("who", "which", "that", "have", "has", "had", "also", "reportedly", "allegedly", ",");

  /** How far before {@code by} an act may be: "kidnapped yesterday in lima by ...". */
  private static final int BY_WINDOW = 6;

  public static Optional<Cue> of(Phrase p) {
    return agentByBy(p)
        .or(() -> patientByPassive(p))
        .or(() -> agentBySubject(p))
        .or(() -> patientByObject(p))
        .or(() -> patientByOf(p));
  }

  private static Optional<Cue> agentByBy(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int by = skipBack(t, p.first() - 1);
    if (by < 0 || !Words.lower(t.get(by)).equals("by")) {
      return Optional.empty();
    }
    for (int i = by - 1; i >= Math.max(0, by - BY_WINDOW); i--) {
      Optional<Act> act = Acts.any(Words.lower(t.get(i)));
      if (act.isPresent()) {
        return Optional.of(new Cue(Side.AGENT, act.get(), "by"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Cue> patientByPassive(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int i = p.last() + 1;
    int aux = 0;
    while (i < t.size()
        && aux < 3
        && (Acts.PASSIVE.contains(Words.lower(t.get(i))) || isAdverb(t.get(i)))) {
      if (Acts.PASSIVE.contains(Words.lower(t.get(i)))) {
        aux++;
      }
      i++;
    }
    if (aux == 0 || i >= t.size()) {
      return Optional.empty();
    }
    return Acts.verb(Words.lower(t.get(i))).map(a -> new Cue(Side.PATIENT, a, "passive"));
  }

  private static Optional<Cue> agentBySubject(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int i = p.last() + 1;
    int skipped = 0;
    while (i < t.size()
        && skipped < 3
        && (BETWEEN_SUBJECT_AND_VERB.contains(Words.lower(t.get(i))) || isAdverb(t.get(i)))) {
      i++;
      skipped++;
    }
    if (i >= t.size() || !isActiveVerb(t.get(i))) {
      return Optional.empty();
    }
    return Acts.verb(Words.lower(t.get(i))).map(a -> new Cue(Side.AGENT, a, "subject"));
  }

  private static Optional<Cue> patientByObject(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int v = skipBack(t, p.first() - 1);
    if (v < 0) {
      return Optional.empty();
    }
    String w = Words.lower(t.get(v));
    if ((w.equals("to") && v >= 2 && Words.lower(t.get(v - 1)).equals("fire"))
        || w.equals("against")) {
      Optional<Act> act = Acts.verb(w.equals("against") ? "attack" : "burn");
      return act.map(
          a -> new Cue(Side.PATIENT, a, w.equals("against") ? "against" : "set fire to"));
    }
    if (v >= 1 && Acts.PASSIVE.contains(Words.lower(t.get(v - 1)))) {
      return Optional.empty(); // "was killed the day before": no object
    }
    return Acts.verb(w)
        .filter(a -> isVerbTag(t.get(v)))
        .map(a -> new Cue(Side.PATIENT, a, "object"));
  }

  private static Optional<Cue> patientByOf(Phrase p) {
    List<Token> t = p.sentence().tokens();
    int prep = skipBack(t, p.first() - 1);
    if (prep < 1) {
      return Optional.empty();
    }
    String w = Words.lower(t.get(prep));
    if (!w.equals("of") && !w.equals("on")) {
      return Optional.empty();
    }
    return Acts.noun(Words.lower(t.get(prep - 1))).map(a -> new Cue(Side.PATIENT, a, w));
  }

  /** The index before {@code i} once determiners and numbers are passed over. */
  private static int skipBack(List<Token> t, int i) {
    while (i >= 0 && (Words.isDeterminer(t.get(i)) || t.get(i).pos().equals("CD"))) {
      i--;
    }
    return i;
  }

  private static boolean isAdverb(Token t) {
    return t.pos().startsWith("RB");
  }

  private static boolean isVerbTag(Token t) {
    return t.pos().startsWith("VB");
  }

  /** An active verb: tagged as a finite or -ing verb (a bare participle reads as passive). */
  private static boolean isActiveVerb(Token t) {
    String pos = t.pos();
    return pos.equals("VBD")
        || pos.equals("VBZ")
        || pos.equals("VBP")
        || pos.equals("VBG")
        || pos.equals("VB");
  }
}
