package org.incidex.mention.actor;

import java.util.List;
import java.util.Set;
import org.incidex.text.Token;

/** Rules for the shape of person names: honorifics that belong to the name as written. */
final class PersonNames {
  private PersonNames() {}

  /**
   * Words that are part of a name in the texts we read ("Sheikh Abdul Hasib", "Qari Wali Rahman").
   */
  static final Set<String> HONORIFICS =
      Set.of("Sheikh", "Shaykh", "Mullah", "Maulana", "Maulvi", "Qari", "Hafiz", "Mufti", "Haji");

  /** The index of the first token of the name, taking in an honorific just before it. */
  static int extendHonorific(List<Token> tokens, int first) {
    if (first > 0 && HONORIFICS.contains(tokens.get(first - 1).word())) {
      return first - 1;
    }
    return first;
  }

  /** Words before a capitalised name that make it something other than a person. */
  static final Set<String> NOT_PERSON_BEFORE = Set.of("Operation", "operation", "Camp", "Fort");

  /** "Operation Linda Nchi" is a campaign, not a person. */
  static boolean isOperation(List<Token> tokens, int first) {
    return first > 0 && NOT_PERSON_BEFORE.contains(tokens.get(first - 1).word());
  }
}
