package org.incidex.muc4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidex.mention.SentenceMentions;
import org.incidex.pipeline.DocumentResult;

/**
 * Stage: builds a document's templates from its slot entities and the document model's {@link
 * Outlook}: one template per incident type the document is likely to report (each type at least
 * {@link #TYPE_RATIO} as likely as the likeliest), and each entity in the template of the type told
 * nearest to it ({@link TypeCues}, in sentences). A document with no entity gets a template only
 * when it is likely relevant, with its type alone.
 */
final class TemplateAssembler {
  /** A type joins the likeliest when at least this share as probable. */
  static final double TYPE_RATIO = 0.3;

  /** Distance (in sentences) for a type with no cue in the document. */
  private static final int FAR = 1000;

  List<Template> assemble(
      DocumentResult result, Map<Slot, List<Entity>> entities, Outlook outlook) {
    boolean any = entities.values().stream().anyMatch(l -> !l.isEmpty());
    if (!any && outlook.relevance() < 0.5) {
      return List.of();
    }
    List<Muc4Type> types = likelyTypes(outlook);
    List<Set<Muc4Type>> cues = new ArrayList<>();
    for (SentenceMentions sm : result.sentences()) {
      cues.add(TypeCues.of(sm));
    }
    Map<Muc4Type, Map<Slot, List<Filler>>> byType = new EnumMap<>(Muc4Type.class);
    for (Muc4Type t : types) {
      Map<Slot, List<Filler>> slots = new EnumMap<>(Slot.class);
      for (Slot s : Slot.values()) {
        slots.put(s, new ArrayList<>());
      }
      byType.put(t, slots);
    }
    for (Map.Entry<Slot, List<Entity>> e : entities.entrySet()) {
      for (Entity entity : e.getValue()) {
        Muc4Type t = nearestType(entity, types, cues, outlook);
        byType.get(t).get(e.getKey()).add(Filler.of(entity.best().text()));
      }
    }
    List<Template> out = new ArrayList<>();
    for (Muc4Type t : types) {
      Map<Slot, List<Filler>> slots = byType.get(t);
      boolean filled = slots.values().stream().anyMatch(l -> !l.isEmpty());
      if (filled || out.isEmpty() && t == types.get(types.size() - 1)) {
        out.add(Template.of(t, slots));
      }
    }
    return out;
  }

  /** The types at least {@link #TYPE_RATIO} as likely as the likeliest, likeliest first. */
  static List<Muc4Type> likelyTypes(Outlook outlook) {
    double max = 0;
    for (Muc4Type t : Muc4Type.values()) {
      max = Math.max(max, outlook.type(t));
    }
    List<Muc4Type> out = new ArrayList<>();
    for (Muc4Type t : Muc4Type.values()) {
      if (outlook.type(t) >= TYPE_RATIO * max) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingDouble((Muc4Type t) -> outlook.type(t)).reversed());
    return out;
  }

  private static Muc4Type nearestType(
      Entity entity, List<Muc4Type> types, List<Set<Muc4Type>> cues, Outlook outlook) {
    Muc4Type best = types.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (Muc4Type t : types) {
      int d = FAR;
      for (Candidate c : entity.candidates()) {
        for (int s = 0; s < cues.size(); s++) {
          if (cues.get(s).contains(t)) {
            d = Math.min(d, Math.abs(s - c.sentence()));
          }
        }
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    return best;
  }
}
