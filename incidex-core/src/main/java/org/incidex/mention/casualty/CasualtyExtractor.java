package org.incidex.mention.casualty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidex.mention.CasualtyMention;
import org.incidex.mention.DocumentContext;
import org.incidex.mention.Mention;
import org.incidex.mention.MentionExtractor;
import org.incidex.mention.casualty.NumberWords.Amount;
import org.incidex.model.Count;
import org.incidex.model.Problem;
import org.incidex.text.Sentence;

/**
 * Stage: finds casualty figures in a sentence. Reads only the sentence text (tokens and parts of
 * speech are not needed, so it works the same on CoreNLP and plain sentences, mixed case or the
 * lower case of wire text). Returns one {@link CasualtyMention} per figure: KILLED, WOUNDED, or
 * CASUALTIES for a single total that joins both; its {@code span} covers the phrase ({@code killing
 * over 170 people}) and its {@code numberSpan} the number ({@code 170}), both document offsets
 * (sentence-local offsets plus {@code sentence.span().start()}). Vague amounts ({@code dozens})
 * give no mention; {@link #vagueFigures} lists them so the pipeline can record a Problem. Numbers
 * that are subsets ({@code including 28 Taliban members}), dates, ages and things ({@code seven
 * rockets}) give nothing.
 */
public final class CasualtyExtractor implements MentionExtractor {

  @Override
  public List<Mention> extract(Sentence sentence, DocumentContext context) {
    List<Mention> out = new ArrayList<>();
    for (Figure f : figures(sentence.text())) {
      if (f.value().isPresent()) {
        out.add(
            new CasualtyMention(
                sentence.toDocument(f.start(), f.end()),
                sentence.toDocument(f.numberStart(), f.numberEnd()),
                f.harm(),
                new Count(f.value().getAsInt(), f.qualifier()),
                f.update()));
      }
    }
    return List.copyOf(out);
  }

  /** Each vague figure as a problem: which document, where, and that the figure is left empty. */
  @Override
  public List<Problem> problems(Sentence sentence) {
    List<Problem> out = new ArrayList<>();
    for (VagueFigure v : vagueFigures(sentence)) {
      out.add(Problem.at(sentence.docId(), v.span(), v.message(sentence.textOf(v.span()))));
    }
    return out;
  }

  /** The casualty phrases of {@code sentence} whose amount is not a number, in document order. */
  public List<VagueFigure> vagueFigures(Sentence sentence) {
    List<VagueFigure> out = new ArrayList<>();
    for (Figure f : figures(sentence.text())) {
      if (f.value().isEmpty()) {
        out.add(
            new VagueFigure(
                sentence.toDocument(f.start(), f.end()),
                sentence.toDocument(f.numberStart(), f.numberEnd()),
                sentence.text().substring(f.numberStart(), f.numberEnd()),
                f.harm()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * All figures of a text, in local offsets and text order. A figure inside another one's phrase is
   * dropped ({@code nine} in {@code seven of the nine soldiers were wounded}), as is a second
   * reading of the same number.
   */
  static List<Figure> figures(String text) {
    String lowered = Lowered.of(text);
    List<Figure> found = new ArrayList<>(VictimRules.read(text, lowered));
    for (Amount a : NumberWords.find(text)) {
      FigureRules.read(lowered, a).ifPresent(found::add);
    }
    found.sort(
        Comparator.comparingInt(Figure::start)
            .thenComparing(Figure::end, Comparator.reverseOrder()));
    List<Figure> kept = new ArrayList<>();
    for (Figure f : found) {
      boolean covered =
          kept.stream()
              .anyMatch(
                  k ->
                      k.contains(f)
                          || k.numberStart() < f.numberEnd() && f.numberStart() < k.numberEnd());
      if (!covered) {
        kept.add(f);
      }
    }
    return kept;
  }
}
