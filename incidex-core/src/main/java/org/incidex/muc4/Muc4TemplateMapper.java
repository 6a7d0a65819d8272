package org.incidex.muc4;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incidex.mention.actor.ActorLexicon;
import org.incidex.pipeline.DocumentResult;

/**
 * Maps one document's extraction to MUC-4 templates: weighs how relevant the document is and scores
 * every candidate phrase ({@link Muc4Model}), groups the candidates above each slot's threshold
 * into entities ({@link EntityDecoder}) and assembles templates from the document's incidents
 * ({@link TemplateAssembler}).
 */
public final class Muc4TemplateMapper implements TemplateMapper {
  private final Muc4Model model;
  private final EntityDecoder decoder = new EntityDecoder(ActorLexicon.standard());
  private final TemplateAssembler assembler = new TemplateAssembler();

  public Muc4TemplateMapper(Muc4Model model) {
    this.model = model;
  }

  @Override
  public List<Template> map(DocumentResult result) {
    Outlook outlook = model.outlook(DocumentFeatures.of(result));
    Scoring scoring = Scoring.of(result);
    return map(
        result, scoring.candidates(), scoring.probabilities(model, outlook.relevance()), outlook);
  }

  /** Templates from candidates already scored, by this model's thresholds. */
  List<Template> map(
      DocumentResult result, List<Candidate> candidates, double[][] p, Outlook outlook) {
    Map<Slot, List<Entity>> entities = new EnumMap<>(Slot.class);
    for (Slot slot : Slot.values()) {
      entities.put(slot, decoder.decode(slot, candidates, p, model.threshold(slot)));
    }
    return assembler.assemble(result, entities, outlook);
  }
}
