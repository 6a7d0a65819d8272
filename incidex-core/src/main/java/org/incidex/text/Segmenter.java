package org.incidex.text;

import java.util.List;

/** Stage: finds the sentences and headings of a document. Spans are offsets in its text. */
public interface Segmenter {
  List<Segment> segment(Document document);
}
