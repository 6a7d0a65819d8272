package org.incidex.muc4;

import java.util.List;
import org.incidex.pipeline.DocumentResult;

/** Stage: turns one document's extraction into MUC-4 templates. */
public interface TemplateMapper {
  List<Template> map(DocumentResult result);
}
