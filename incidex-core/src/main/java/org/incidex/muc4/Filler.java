package org.incidex.muc4;

import java.util.List;

/**
 * One slot filler (an entity): the strings that name it, each exactly as the document writes it. An
 * answer key lists alternatives ({@code "guerrillas" / "guerrilla column"}); our answers give one
 * string, since the scorer wants every string given to be among the key's.
 */
public record Filler(List<String> mentions) {
  public Filler {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a filler needs at least one mention");
    }
  }

  public static Filler of(String mention) {
    return new Filler(List.of(mention));
  }
}
