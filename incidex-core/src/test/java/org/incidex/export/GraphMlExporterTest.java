package org.incidex.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.incidex.model.Actor;
import org.incidex.model.ActorType;
import org.incidex.model.Predicate;
import org.incidex.model.Relation;
import org.incidex.pipeline.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphMlExporterTest {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private static String graphml(ExtractionResult r) throws IOException {
    StringWriter out = new StringWriter();
    new GraphMlExporter().write(r, out);
    return out.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Document parse(ExtractionResult r) throws Exception {
    return parse(graphml(r));
  }

  private static List<Element> elements(Document d, String name) {
    NodeList list = d.getElementsByTagNameNS(NS, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  /** An element's data as attribute name → value, through the key declarations. */
  private static Map<String, String> data(Document d, Element e) {
    Map<String, String> names = new HashMap<>();
    for (Element k : elements(d, "key")) {
      names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
    }
    Map<String, String> data = new HashMap<>();
    NodeList children = e.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element c = (Element) children.item(i);
      data.put(names.get(c.getAttribute("key")), c.getTextContent());
    }
    return data;
  }

  private static Element node(Document d, String label) {
    return elements(d, "node").stream()
        .filter(n -> label.equals(data(d, n).get("label")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + label));
  }

  private static List<Element> edges(Document d, String predicate) {
    return elements(d, "edge").stream()
        .filter(e -> predicate.equals(data(d, e).get("predicate")))
        .toList();
  }

  @Test
  void everyDataElementUsesADeclaredKeyForItsElement() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    Map<String, String> domains = new HashMap<>();
    for (Element k : elements(d, "key")) {
      assertThat(k.getAttribute("attr.name")).isNotEmpty();
      assertThat(k.getAttribute("attr.type")).isIn("string", "boolean", "int", "double");
      assertThat(domains.put(k.getAttribute("id"), k.getAttribute("for"))).isNull();
    }
    for (Element data : elements(d, "data")) {
      String owner = ((Element) data.getParentNode()).getLocalName();
      assertThat(domains.get(data.getAttribute("key")))
          .as(data.getAttribute("key"))
          .isEqualTo(owner);
    }
  }

  @Test
  void actorsIncidentsAndUnmatchedNamesAreNodes() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    List<String> types =
        elements(d, "node").stream().map(n -> data(d, n).get("node_type")).toList();
    assertThat(types).filteredOn("actor"::equals).hasSize(4);
    assertThat(types).filteredOn("incident"::equals).hasSize(4);
    assertThat(types).filteredOn("name"::equals).hasSize(1);
    assertThat(types).hasSize(9);
    assertThat(data(d, node(d, "local taxation"))).containsEntry("node_type", "name");
  }

  @Test
  void actorNodeCarriesTypeAliasesAndArmedGroup() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    assertThat(data(d, node(d, ExportFixtures.ISKP)))
        .containsEntry("name", ExportFixtures.ISKP)
        .containsEntry("node_type", "actor")
        .containsEntry("type", "organization")
        .containsEntry("aliases", "ISIS–K; ISKP; IS-K")
        .containsEntry("armed_group", "true")
        .containsEntry("docs", "seed-excerpt");
    assertThat(data(d, node(d, "Shahab al-Muhajir"))).containsEntry("type", "person");
  }

  @Test
  void incidentNodeCarriesWhatWhenWhereAndToll() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    assertThat(data(d, node(d, "bombing, Kerman, 2024-01-03")))
        .containsEntry("node_type", "incident")
        .containsEntry("incidex_id", "kerman-2024-01-03-bombing")
        .containsEntry("kind", "attack")
        .containsEntry("type", "bombing")
        .containsEntry("date_start", "2024-01-03")
        .containsEntry("country", "IR")
        .containsEntry("latitude", "30.28333")
        .containsEntry("longitude", "57.07879")
        .containsEntry("killed", "94")
        .doesNotContainKey("wounded");
  }

  @Test
  void relationsAndAttributionsAreEdges() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    assertThat(elements(d, "edge")).hasSize(7);
    assertThat(edges(d, "perpetrator_of")).hasSize(3);
    assertThat(edges(d, "suspected_of")).hasSize(1);
    assertThat(edges(d, "leader_of")).hasSize(1);
    assertThat(edges(d, "funded_by")).hasSize(1);
    assertThat(edges(d, "opposed_to")).hasSize(1);
  }

  @Test
  void relationEdgeCarriesDateRoleAndEvidence() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    Element leader = edges(d, "leader_of").get(0);
    assertThat(leader.getAttribute("source"))
        .isEqualTo(node(d, "Shahab al-Muhajir").getAttribute("id"));
    assertThat(leader.getAttribute("target"))
        .isEqualTo(node(d, ExportFixtures.ISKP).getAttribute("id"));
    String start = Integer.toString(ExportFixtures.DOCUMENT.text().indexOf(ExportFixtures.LEADER));
    assertThat(data(d, leader))
        .containsEntry("label", "leader_of")
        .containsEntry("interaction", "leader_of")
        .containsEntry("date_start", "2020-06")
        .containsEntry("role", "emir")
        .containsEntry("evidence", ExportFixtures.LEADER)
        .containsEntry("docs", "seed-excerpt")
        .containsEntry(
            "spans",
            "seed-excerpt@"
                + start
                + ".."
                + (Integer.parseInt(start) + ExportFixtures.LEADER.length()))
        .doesNotContainKey("date_end");
  }

  @Test
  void anAliasLeadsToTheCanonicalActorNode() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    Element funded = edges(d, "funded_by").get(0);
    assertThat(funded.getAttribute("source"))
        .isEqualTo(node(d, ExportFixtures.ISKP).getAttribute("id"));
    assertThat(funded.getAttribute("target"))
        .isEqualTo(node(d, "local taxation").getAttribute("id"));
  }

  @Test
  void symmetricRelationIsUndirected() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    assertThat(edges(d, "opposed_to").get(0).getAttribute("directed")).isEqualTo("false");
    assertThat(edges(d, "leader_of").get(0).hasAttribute("directed")).isFalse();
    assertThat(elements(d, "graph").get(0).getAttribute("edgedefault")).isEqualTo("directed");
  }

  @Test
  void perpetratorEdgeLinksTheActorToTheIncidentWithItsSentence() throws Exception {
    Document d = parse(ExportFixtures.seedLike());
    String kerman = node(d, "bombing, Kerman, 2024-01-03").getAttribute("id");
    Element edge =
        edges(d, "perpetrator_of").stream()
            .filter(e -> e.getAttribute("target").equals(kerman))
            .findFirst()
            .orElseThrow();
    assertThat(edge.getAttribute("source"))
        .isEqualTo(node(d, ExportFixtures.ISKP).getAttribute("id"));
    assertThat(data(d, edge))
        .containsEntry("evidence", ExportFixtures.KERMAN_1)
        .containsEntry("date_start", "2024-01-03");
  }

  @Test
  void markupCharactersAreEscapedAndNonAsciiKept() throws Exception {
    String tricky = "Smith & Sons \"Trading\" <Ltd> ISIS–K";
    Actor actor = new Actor(tricky, ActorType.ORGANIZATION, false, List.of("a'b"), List.of());
    Relation r =
        new Relation(
            ExportFixtures.ISKP,
            Predicate.FUNDED_BY,
            tricky,
            Optional.empty(),
            Optional.of("bell\u0007 & <role>"),
            List.of(ExportFixtures.sentence(ExportFixtures.LEADER)));
    String xml = graphml(ExportFixtures.result(List.of(), List.of(actor), List.of(r)));
    assertThat(xml).contains("Smith &amp; Sons").contains("&lt;Ltd").doesNotContain("\u0007");
    Document d = parse(xml);
    assertThat(data(d, node(d, tricky))).containsEntry("aliases", "a'b");
    assertThat(data(d, edges(d, "funded_by").get(0))).containsEntry("role", "bell\uFFFD & <role>");
    assertThat(elements(d, "node")).hasSize(2);
  }

  @Test
  void emptyResultIsAnEmptyGraphWithItsKeys() throws Exception {
    Document d = parse(ExportFixtures.empty());
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("graphml");
    assertThat(elements(d, "graph")).hasSize(1);
    assertThat(elements(d, "node")).isEmpty();
    assertThat(elements(d, "edge")).isEmpty();
    assertThat(elements(d, "key")).hasSize(GraphKey.values().length);
  }
}
