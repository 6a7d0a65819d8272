package org.incidex.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.incidex.pipeline.ExtractionResult;

/**
 * The actor network as GraphML, for Gephi, Cytoscape, yEd or any graph library.
 *
 * <p>Nodes carry {@code node_type}, so a user can filter the view down to what they need:
 *
 * <ul>
 *   <li>{@code actor}: every actor, with {@code type} (organization, person), {@code aliases}
 *       (joined by "; "), {@code armed_group} and {@code docs};
 *   <li>{@code incident}: every incident, with {@code kind}, {@code type}, dates, place, country,
 *       coordinates, {@code killed} and {@code wounded} (the numbers; qualifiers are in the CSV and
 *       JSON), and its {@code incidex_id}. Incidents are in the graph because "who did what" is
 *       what analysts ask of an actor network: two groups sharing an attack become visibly linked;
 *   <li>{@code name}: a name a relation or attribution uses that matches no actor, such as a
 *       funding source ({@code local taxation}).
 * </ul>
 *
 * <p>Edges are directed, subject → object, and carry {@code predicate} (the spec's relation, or
 * {@code perpetrator_of} / {@code suspected_of} from an actor to an incident), {@code date_start},
 * {@code date_end}, {@code role}, {@code evidence} (the sentences, one per line), {@code docs} and
 * {@code spans} ({@code doc@start..end}, UTF-16 offsets). Symmetric relations ({@code allied_with},
 * {@code opposed_to}) are written with {@code directed="false"}. Every node gets {@code label} and
 * {@code name} and every edge {@code label} and {@code interaction}, the attributes Gephi and
 * Cytoscape display; see {@link GraphKey}.
 *
 * <p>Written with the JDK's StAX writer, which escapes markup characters; characters XML 1.0 cannot
 * hold (control characters other than tab and line ends) become U+FFFD. The declaration says UTF-8:
 * {@code out} must encode as UTF-8, as the CLI's does.
 */
public final class GraphMlExporter implements Exporter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public void write(ExtractionResult result, Writer out) throws IOException {
    ActorGraph graph = ActorGraph.of(result);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      newline(x, 0);
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("xsi", XSI);
      x.writeAttribute(
          "xsi",
          XSI,
          "schemaLocation",
          NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      for (GraphKey k : GraphKey.values()) {
        newline(x, 1);
        x.writeEmptyElement("key");
        x.writeAttribute("id", k.id());
        x.writeAttribute("for", k.domainName());
        x.writeAttribute("attr.name", k.attrName());
        x.writeAttribute("attr.type", k.typeName());
      }
      newline(x, 1);
      x.writeStartElement("graph");
      x.writeAttribute("id", "incidex");
      x.writeAttribute("edgedefault", "directed");
      for (ActorGraph.Node n : graph.nodes()) {
        newline(x, 2);
        x.writeStartElement("node");
        x.writeAttribute("id", n.id());
        data(x, n.data(), GraphKey.Domain.NODE);
        newline(x, 2);
        x.writeEndElement();
      }
      for (ActorGraph.Edge e : graph.edges()) {
        newline(x, 2);
        x.writeStartElement("edge");
        x.writeAttribute("id", e.id());
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        if (!e.directed()) {
          x.writeAttribute("directed", "false");
        }
        data(x, e.data(), GraphKey.Domain.EDGE);
        newline(x, 2);
        x.writeEndElement();
      }
      newline(x, 1);
      x.writeEndElement();
      newline(x, 0);
      x.writeEndElement();
      newline(x, 0);
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write GraphML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /** The element's values in key order, so output is the same for the same graph; none if empty. */
  private static void data(XMLStreamWriter x, Map<GraphKey, String> data, GraphKey.Domain domain)
      throws XMLStreamException {
    for (GraphKey k : GraphKey.values()) {
      String value = data.get(k);
      if (k.domain() != domain || value == null || value.isEmpty()) {
        continue;
      }
      newline(x, 3);
      x.writeStartElement("data");
      x.writeAttribute("key", k.id());
      x.writeCharacters(xmlSafe(value));
      x.writeEndElement();
    }
  }

  private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the supplementary planes. */
  static String xmlSafe(String s) {
    if (s.codePoints().allMatch(GraphMlExporter::allowed)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(allowed(cp) ? cp : 0xFFFD));
    return b.toString();
  }

  private static boolean allowed(int cp) {
    return cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || cp >= 0x10000;
  }
}
