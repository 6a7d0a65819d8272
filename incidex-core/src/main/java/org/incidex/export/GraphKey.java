package org.incidex.export;

/**
 * The attributes of the GraphML export, each declared once as a {@code <key>}. Node keys are named
 * by their attribute name; edge keys by {@code e_} and their name, so the two may share a name
 * ({@code label}, {@code date_start}) with distinct ids.
 *
 * <p>{@code label} is what Gephi shows; Cytoscape shows {@code name} for nodes and reads {@code
 * interaction} as an edge's type. Both carry the same text as our own attribute.
 */
enum GraphKey {
  LABEL(Domain.NODE, "label", Type.STRING),
  NAME(Domain.NODE, "name", Type.STRING),
  NODE_TYPE(Domain.NODE, "node_type", Type.STRING),
  TYPE(Domain.NODE, "type", Type.STRING),
  ALIASES(Domain.NODE, "aliases", Type.STRING),
  ARMED_GROUP(Domain.NODE, "armed_group", Type.BOOLEAN),
  INCIDEX_ID(Domain.NODE, "incidex_id", Type.STRING),
  KIND(Domain.NODE, "kind", Type.STRING),
  DATE_START(Domain.NODE, "date_start", Type.STRING),
  DATE_END(Domain.NODE, "date_end", Type.STRING),
  PLACE(Domain.NODE, "place", Type.STRING),
  COUNTRY(Domain.NODE, "country", Type.STRING),
  LATITUDE(Domain.NODE, "latitude", Type.DOUBLE),
  LONGITUDE(Domain.NODE, "longitude", Type.DOUBLE),
  KILLED(Domain.NODE, "killed", Type.INT),
  WOUNDED(Domain.NODE, "wounded", Type.INT),
  DOCS(Domain.NODE, "docs", Type.STRING),
  EDGE_LABEL(Domain.EDGE, "label", Type.STRING),
  INTERACTION(Domain.EDGE, "interaction", Type.STRING),
  PREDICATE(Domain.EDGE, "predicate", Type.STRING),
  EDGE_DATE_START(Domain.EDGE, "date_start", Type.STRING),
  EDGE_DATE_END(Domain.EDGE, "date_end", Type.STRING),
  ROLE(Domain.EDGE, "role", Type.STRING),
  EVIDENCE(Domain.EDGE, "evidence", Type.STRING),
  EDGE_DOCS(Domain.EDGE, "docs", Type.STRING),
  SPANS(Domain.EDGE, "spans", Type.STRING);

  /** GraphML's {@code for}: what a key describes. */
  enum Domain {
    NODE,
    EDGE
  }

  /** GraphML's {@code attr.type}. */
  enum Type {
    STRING,
    BOOLEAN,
    INT,
    DOUBLE
  }

  private final Domain domain;
  private final String attrName;
  private final Type type;

  GraphKey(Domain domain, String attrName, Type type) {
    this.domain = domain;
    this.attrName = attrName;
    this.type = type;
  }

  String id() {
    return domain == Domain.EDGE ? "e_" + attrName : attrName;
  }

  String attrName() {
    return attrName;
  }

  String domainName() {
    return SpecNames.of(domain);
  }

  String typeName() {
    return SpecNames.of(type);
  }

  Domain domain() {
    return domain;
  }
}
