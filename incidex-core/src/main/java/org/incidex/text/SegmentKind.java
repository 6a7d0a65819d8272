package org.incidex.text;

/** What a piece of a document is, before any extraction. */
public enum SegmentKind {
  /** A sentence of running text: the unit of extraction and of exported mentions. */
  SENTENCE,
  /** A title line, heading, link line or credit: read for context, never a mention. */
  HEADING,
  /** A metadata line such as {@code date 2022-10-29}. */
  METADATA
}
