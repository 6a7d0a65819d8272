package org.incidex.muc4;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.incidex.model.Incident;
import org.incidex.pipeline.DocumentResult;

/**
 * Stage: builds a document's templates from its incidents and its slot entities. (First version:
 * one template holding every entity, typed by the document's first attack incident.)
 */
final class TemplateAssembler {
  private final IncidentTypes types = new IncidentTypes();

  List<Template> assemble(DocumentResult result, Map<Slot, List<Entity>> entities) {
    boolean any = entities.values().stream().anyMatch(l -> !l.isEmpty());
    if (!any) {
      return List.of();
    }
    Muc4Type type = Muc4Type.ATTACK;
    for (Incident i : result.incidents()) {
      type = types.of(i, result);
      break;
    }
    Map<Slot, List<Filler>> slots = new EnumMap<>(Slot.class);
    for (Map.Entry<Slot, List<Entity>> e : entities.entrySet()) {
      List<Filler> fillers = new ArrayList<>();
      e.getValue().forEach(en -> fillers.add(Filler.of(en.best().text())));
      slots.put(e.getKey(), fillers);
    }
    return List.of(Template.of(type, slots));
  }
}
