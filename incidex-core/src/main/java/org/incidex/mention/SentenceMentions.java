package org.incidex.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.incidex.text.Sentence;

/** A sentence with every mention the extractors found in it, in text order. */
public record SentenceMentions(Sentence sentence, List<Mention> mentions) {
  public SentenceMentions {
    Objects.requireNonNull(sentence, "sentence");
    mentions = List.copyOf(mentions);
  }

  /** The mentions of one sort, in text order. */
  public <T extends Mention> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (type.isInstance(m)) {
        out.add(type.cast(m));
      }
    }
    return out;
  }
}
