package org.incidex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidex.store.Store;
import org.incidex.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route of the API over one server (a temporary SQLite store, the model-free pipeline): what
 * each answers, every error status, the body limit, and text that looks like markup.
 */
class ApiTest {
  static final long LIMIT = 64 * 1024;
  static final String KERMAN =
      "On 3 January 2024, two ISIS-K suicide bombers killed 94 people in Kerman, Iran.";
  static final String KABUL =
      "On 26 August 2021, a suicide bombing by ISIS-K at Kabul airport killed 183 people.";
  static final String WESTGATE =
      "On 21 September 2013, al-Shabaab gunmen attacked the Westgate mall in Nairobi, Kenya,"
          + " killing 67 people.";
  static final String CROCUS =
      "On 22 March 2024, gunmen attacked Crocus City Hall in Krasnogorsk, Russia, killing 145"
          + " people. ISIS-K claimed responsibility.";
  static final String MARKUP =
      "On 4 May 2019, a bomb killed 3 people in Mosul, Iraq. <script>alert(1)</script> <img"
          + " src=x onerror=alert(1)>";

  @TempDir static Path dir;
  static Store store;
  static IncidexServer server;
  static Client api;

  @BeforeAll
  static void serveFourReports() {
    store = Stores.open(dir.resolve("api.db").toString());
    server =
        IncidexServer.start(
            ServerOptions.local(0).withMaxBodyBytes(LIMIT), store, TestServers.plain());
    api = new Client(server.url());
    for (String text : List.of(KERMAN, KABUL, WESTGATE, CROCUS)) {
      assertThat(api.post("/api/documents", "text/plain", text).status()).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  // --- the description

  @Test
  void openApiDescribesEveryRouteAndItsErrors() {
    Client.Answer a = api.get("/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    JsonNode spec = a.json();
    assertThat(spec.get("openapi").asText()).startsWith("3.0");
    List<String> paths = new ArrayList<>();
    spec.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/openapi.json",
            "/api/extract",
            "/api/documents",
            "/api/documents/{id}",
            "/api/incidents",
            "/api/incidents/{id}",
            "/api/actors",
            "/api/actors/{id}",
            "/api/search",
            "/api/export");
    JsonNode post = spec.at("/paths/~1api~1documents/post/responses");
    assertThat(post.has("201") && post.has("200") && post.has("400") && post.has("401")).isTrue();
    assertThat(post.has("413") && post.has("415")).isTrue();
    List<String> params = new ArrayList<>();
    spec.at("/paths/~1api~1incidents/get/parameters")
        .forEach(p -> params.add(p.get("name").asText()));
    assertThat(params).containsExactlyInAnyOrderElementsOf(IncidentParams.NAMES);
  }

  @Test
  void everyReferenceInTheDescriptionResolves() {
    JsonNode spec = api.get("/api/openapi.json").json();
    List<String> refs = new ArrayList<>();
    collectRefs(spec, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  // --- headers

  @ParameterizedTest
  @ValueSource(strings = {"/api/incidents", "/api/nothing-here", "/api/incidents?limit=x", "/"})
  void everyResponseForbidsSniffingAndForeignSources(String path) {
    Client.Answer a = api.get(path);
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(a.header("Content-Security-Policy"))
        .isEqualTo("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
  }

  // --- extract

  @Test
  void extractAnswersTheInterchangeJsonAndStoresNothing() {
    int before = api.get("/api/incidents").json().get("total").asInt();
    Client.Answer a =
        api.post("/api/extract", "text/plain", "A bomb killed 5 people in Herat, Afghanistan.");
    assertThat(a.status()).isEqualTo(200);
    JsonNode json = a.json();
    assertThat(json.get("format").asText()).isEqualTo("incidents/1");
    assertThat(json.get("incidents")).hasSize(1);
    JsonNode incident = json.get("incidents").get(0);
    assertThat(incident.at("/killed/value").asInt()).isEqualTo(5);
    assertThat(incident.at("/evidence/killed/text").asText()).isEqualTo("killed 5 people");
    assertThat(json.has("actors") && json.has("relations")).isTrue();
    assertThat(api.get("/api/incidents").json().get("total").asInt()).isEqualTo(before);
  }

  @Test
  void extractTakesIdTitleAndPublicationDateFromJson() {
    String body =
        "{\"id\":\"wire-1\",\"title\":\"Wire\",\"date\":\"2024-01-04\","
            + "\"text\":\"A bomb killed 5 people in Herat, Afghanistan, yesterday.\"}";
    JsonNode json = api.post("/api/extract", "application/json", body).json();
    assertThat(json.at("/documents/0/id").asText()).isEqualTo("wire-1");
    assertThat(json.at("/documents/0/title").asText()).isEqualTo("Wire");
    assertThat(json.at("/documents/0/published").asText()).isEqualTo("2024-01-04");
    assertThat(json.at("/incidents/0/date/start").asText()).isEqualTo("2024-01-03");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text/plain|'   '|the file is empty",
        "text/plain|<!DOCTYPE html><html><body><p>A bomb killed 5 people.</p></body></html>|looks like HTML",
        "text/plain|<p>A bomb killed 5 people in Herat.</p>|looks like HTML",
        "application/json|{\"text\":\"<html><body>A bomb killed 5.</body></html>\"}|looks like HTML",
        "application/json|{\"text\":\"\"}|the file is empty",
        "application/json|{\"text\":\"a\\u0000b\"}|binary",
        "application/json|{x|not valid JSON",
        "application/json|[1]|expected a JSON object",
        "application/json|{\"title\":\"t\"}|no \"text\"",
        "application/json|{\"text\":\"A bomb.\",\"date\":\"3 May\"}|YYYY-MM-DD",
        "application/json|{\"text\":\"A bomb.\",\"id\":7}|\"id\" must be a string",
        "application/json|{\"text\":\"A bomb.\",\"id\":\" \"}|non-blank",
      })
  void badTextIsA400WithTheCliMessage(String type, String body, String message) {
    for (String route : List.of("/api/extract", "/api/documents")) {
      Client.Answer a = api.post(route, type, body);
      assertThat(a.status()).as(route + " " + a.body()).isEqualTo(400);
      assertThat(a.error()).contains(message);
    }
  }

  @Test
  void binaryPlainTextIsRefused() {
    HttpRequest r =
        HttpRequest.newBuilder(api.uri("/api/extract"))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', 0, 1, 2, 'b'}))
            .build();
    Client.Answer a = api.send(r);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("binary");
  }

  @Test
  void textInAnotherEncodingIsRefused() {
    HttpRequest r =
        HttpRequest.newBuilder(api.uri("/api/extract"))
            .header("Content-Type", "text/plain")
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    "Bogot\u00e1 bomb".getBytes(StandardCharsets.ISO_8859_1)))
            .build();
    Client.Answer a = api.send(r);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("not valid UTF-8");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {"none", "text/html", "application/xml", "text/plain; charset=iso-8859-1"})
  void otherContentTypesAre415(String type) {
    Client.Answer a = api.post("/api/extract", type, "A bomb killed 5 people.");
    assertThat(a.status()).isEqualTo(415);
    assertThat(a.error()).contains("text/plain");
  }

  // --- the body limit

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "A bomb killed 5 people. ".repeat((int) (LIMIT / 20));
    Client.Answer a = api.post("/api/documents", "text/plain", big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.error()).contains("larger than the limit of " + LIMIT + " bytes");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() {
    byte[] big =
        "A bomb killed 5 people. ".repeat((int) (LIMIT / 20)).getBytes(StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(api.uri("/api/extract"))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    Client.Answer a = api.send(r);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void aBodyJustUnderTheLimitIsRead() {
    // Padding, not 1,400 event sentences: fusing that many takes minutes (see the report).
    String text = "A bomb killed 5 people in Herat, Afghanistan.";
    String body = text + "\n".repeat((int) LIMIT - text.length() - 1);
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan((int) LIMIT);
    Client.Answer a = api.post("/api/extract", "text/plain", body);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("incidents")).hasSize(1);
  }

  // --- documents

  @Test
  void postingTheSameTextTwiceChangesNothing() {
    String text = "On 5 May 2019, a bomb killed 4 people in Basra, Iraq.";
    Client.Answer first = api.post("/api/documents", "text/plain", text);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("status").asText()).isEqualTo("added");
    assertThat(first.json().get("incidents").asInt()).isEqualTo(1);
    String id = first.json().get("document_id").asText();
    Client.Answer again =
        api.post(
            "/api/documents", "application/json", "{\"id\":\"other\",\"text\":\"" + text + "\"}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asText()).isEqualTo("unchanged");
    assertThat(again.json().get("document_id").asText()).isEqualTo(id);
    assertThat(again.json().get("incidents").asInt()).isEqualTo(1);
  }

  @Test
  void concurrentPostsOfOneTextStoreItOnce() throws Exception {
    String text = "On 9 May 2019, a bomb killed 8 people in Basra, Iraq.";
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Client.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(pool.submit(() -> api.post("/api/documents", "text/plain", text)));
      }
      List<String> statuses = new ArrayList<>();
      for (var f : answers) {
        statuses.add(f.get().json().get("status").asText());
      }
      assertThat(statuses).containsOnlyOnce("added").containsOnly("added", "unchanged");
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aChangedTextUnderTheSameIdReplacesTheOld() {
    String v1 =
        "{\"id\":\"basra-wire\",\"text\":\"On 6 May 2019, a bomb killed 2 people in Basra, Iraq.\"}";
    String v2 =
        "{\"id\":\"basra-wire\",\"text\":\"On 6 May 2019, a bomb killed 9 people in Basra, Iraq.\"}";
    assertThat(api.post("/api/documents", "application/json", v1).json().get("status").asText())
        .isEqualTo("added");
    Client.Answer replaced = api.post("/api/documents", "application/json", v2);
    assertThat(replaced.status()).isEqualTo(201);
    assertThat(replaced.json().get("status").asText()).isEqualTo("replaced");
    assertThat(api.get("/api/documents/basra-wire").json().get("text").asText())
        .contains("killed 9");
  }

  @Test
  void markupInADocumentIsPlainTextInJson() {
    Client.Answer posted =
        api.post(
            "/api/documents",
            "application/json",
            Http.JSON.createObjectNode().put("id", "markup").put("text", MARKUP).toString());
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    Client.Answer doc = api.get("/api/documents/markup");
    assertThat(doc.header("Content-Type")).startsWith("application/json");
    assertThat(doc.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(doc.json().get("text").asText()).isEqualTo(MARKUP);
    JsonNode incident = api.get("/api/incidents?q=Mosul").json().at("/items/0");
    assertThat(incident.at("/mentions/0/text").asText())
        .contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    JsonNode extracted = api.post("/api/extract", "text/plain", MARKUP).json();
    assertThat(extracted.at("/incidents/0/mentions/0/text").asText()).isEqualTo(MARKUP);
  }

  @Test
  void aStoredDocumentHasIdTitleDateAndText() {
    api.post(
        "/api/documents",
        "application/json",
        "{\"id\":\"dated\",\"title\":\"A wire\",\"date\":\"2019-05-08\","
            + "\"text\":\"A bomb killed 3 people in Basra, Iraq, on Tuesday.\"}");
    JsonNode d = api.get("/api/documents/dated").json();
    assertThat(d.get("id").asText()).isEqualTo("dated");
    assertThat(d.get("title").asText()).isEqualTo("A wire");
    assertThat(d.get("date").asText()).isEqualTo("2019-05-08");
    assertThat(d.get("text").asText()).startsWith("A bomb killed 3");
  }

  // --- incidents

  @Test
  void incidentsFilterLikeTheCli() {
    assertThat(ids("actor=ISIS-K")).hasSize(3);
    assertThat(ids("actor=" + enc("Islamic State – Khorasan Province"))).hasSize(3);
    assertThat(ids("country=ke")).containsExactly("westgate-mall-2013-09-21-armed_assault");
    assertThat(ids("actor=isis-k&since=2024")).hasSize(2);
    assertThat(ids("actor=isis-k&since=2021&until=2021-08")).hasSize(1);
    assertThat(ids("type=armed_assault&country=RU")).hasSize(1);
    assertThat(ids("kind=security_operation")).isEmpty();
    assertThat(ids("q=airport")).hasSize(1);
    assertThat(ids("near=Kerman&radius=20km")).hasSize(1);
    assertThat(ids("near=" + enc("30.28,57.08"))).hasSize(1);
  }

  @Test
  void incidentsPageAndSort() {
    JsonNode page1 = api.get("/api/incidents?actor=ISIS-K&limit=2&sort=-killed").json();
    assertThat(page1.get("total").asInt()).isEqualTo(3);
    assertThat(page1.get("offset").asInt()).isZero();
    assertThat(page1.get("limit").asInt()).isEqualTo(2);
    assertThat(page1.get("items")).hasSize(2);
    assertThat(page1.at("/items/0/killed/value").asInt()).isEqualTo(183);
    assertThat(page1.at("/items/1/killed/value").asInt()).isEqualTo(145);
    JsonNode page2 = api.get("/api/incidents?actor=ISIS-K&limit=2&offset=2&sort=-killed").json();
    assertThat(page2.get("items")).hasSize(1);
    assertThat(page2.at("/items/0/killed/value").asInt()).isEqualTo(94);
    JsonNode past = api.get("/api/incidents?actor=ISIS-K&offset=10").json();
    assertThat(past.get("total").asInt()).isEqualTo(3);
    assertThat(past.get("items")).isEmpty();
    assertThat(ids("actor=ISIS-K&sort=date").get(0)).startsWith("kabul");
    assertThat(ids("actor=ISIS-K&sort=-date").get(0)).startsWith("crocus");
    assertThat(ids("actor=ISIS-K&sort=killed").get(0)).startsWith("kerman");
    assertThat(api.get("/api/incidents").json().get("limit").asInt()).isEqualTo(50);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "limit=0|'limit' must be from 1 to 500",
        "limit=501|'limit' must be from 1 to 500",
        "limit=ten|'limit' must be a whole number",
        "offset=-1|'offset' must be from 0",
        "sort=name|'sort' must be one of date, -date, killed, -killed",
        "country=AFG|'country' must be two letters",
        "type=shooting|'type' must be one of",
        "kind=war|'kind' must be one of",
        "since=2024-13|no month 13",
        "since=yesterday|expected YYYY, YYYY-MM or YYYY-MM-DD",
        "since=2024&until=2023|until 2023 is before since 2024",
        "type=bombing&kind=security_operation|nothing can match",
        "radius=5km|'radius' needs 'near'",
        "near=Xqzzyville|cannot place 'Xqzzyville'",
        "near=Kabul&radius=far|'radius'",
        "q=%2B%2B|has no word",
        "group=ISIS-K|unknown parameter 'group'",
      })
  void badIncidentParametersAre400(String query, String message) {
    Client.Answer a = api.get("/api/incidents?" + query);
    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.error()).contains(message);
  }

  @Test
  void oneIncidentHasItsMentionsAndEvidence() {
    String id = ids("country=IR").get(0);
    Client.Answer a = api.get("/api/incidents/" + id);
    assertThat(a.status()).isEqualTo(200);
    JsonNode i = a.json();
    assertThat(i.get("id").asText()).isEqualTo(id);
    assertThat(i.at("/mentions/0/text").asText()).isEqualTo(KERMAN);
    assertThat(i.at("/evidence/location/text").asText()).isEqualTo("Kerman");
    assertThat(i.at("/evidence/date/text").asText()).isEqualTo("3 January 2024");
  }

  // --- actors

  @Test
  void actorsListIdsNamesTypesClassesAliasesAndCounts() {
    JsonNode items = api.get("/api/actors").json().get("items");
    JsonNode first = items.get(0);
    assertThat(first.get("id").asText()).isEqualTo("islamic-state-khorasan-province");
    assertThat(first.get("name").asText()).isEqualTo("Islamic State – Khorasan Province");
    assertThat(first.get("type").asText()).isEqualTo("organization");
    assertThat(first.get("class").asText()).isEqualTo("armed_group");
    assertThat(first.get("aliases").toString()).contains("ISIS-K");
    assertThat(first.get("incidents").asInt()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "islamic-state-khorasan-province",
        "ISIS-K",
        "isis-k",
        "Islamic State – Khorasan Province"
      })
  void anActorsProfileIsFoundByIdNameOrAlias(String key) {
    Client.Answer a = api.get("/api/actors/" + enc(key).replace("+", "%20"));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode p = a.json();
    assertThat(p.get("id").asText()).isEqualTo("islamic-state-khorasan-province");
    assertThat(p.get("name_links")).isNotEmpty();
    assertThat(p.get("relations").size()).isEqualTo(8);
    assertThat(p.at("/relations/leaders").isArray()).isTrue();
    assertThat(p.at("/incidents/count").asInt()).isEqualTo(3);
    assertThat(p.at("/incidents/killed").asInt()).isEqualTo(94 + 183 + 145);
    assertThat(p.at("/incidents/first").asText()).isEqualTo("2021-08-26");
    assertThat(p.at("/incidents/items")).hasSize(3);
  }

  // --- search

  @Test
  void searchFindsSentencesWithTheirIncidents() {
    Client.Answer a = api.get("/api/search?q=airport");
    assertThat(a.status()).isEqualTo(200);
    JsonNode item = a.json().at("/items/0");
    String doc = item.get("document_id").asText();
    String text = api.get("/api/documents/" + doc).json().get("text").asText();
    assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
        .isEqualTo(item.get("sentence").asText())
        .isEqualTo(KABUL);
    String incident = item.get("incident_ids").get(0).asText();
    assertThat(api.get("/api/incidents/" + incident).status()).isEqualTo(200);
    assertThat(api.get("/api/search?q=killed&limit=2").json().get("items")).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|'q' is required",
        "q=%21%21|has no word",
        "q=bomb&limit=0|'limit'",
        "q=x&x=1|unknown parameter"
      })
  void badSearchesAre400(String query, String message) {
    Client.Answer a = api.get("/api/search?" + query);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains(message);
  }

  // --- export

  @ParameterizedTest
  @CsvSource({
    "json, application/json, incidex.json, \"format\" : \"incidents/1\"",
    "csv, text/csv, incidex.csv, eventid",
    "geojson, application/geo+json, incidex.geojson, FeatureCollection",
    "graphml, application/graphml+xml, incidex.graphml, <graphml",
  })
  void exportWritesTheWholeStoreAsAFile(String format, String type, String file, String marker) {
    Client.Answer a = api.get("/api/export?format=" + format);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith(type);
    assertThat(a.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + file + "\"");
    assertThat(a.body()).contains(marker);
  }

  @Test
  void anUnknownExportFormatIs400() {
    Client.Answer a = api.get("/api/export?format=xlsx");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.error()).contains("json, csv, geojson, graphml");
  }

  // --- routes that are not there

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/nothing|no such route",
        "/api/incidents/no-such-incident|no incident with id 'no-such-incident'",
        "/api/actors/no-such-actor|no actor with id or name 'no-such-actor'",
        "/api/documents/no-such-document|no document with id 'no-such-document'",
      })
  void unknownRoutesAndIdsAre404(String path, String message) {
    Client.Answer a = api.get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.header("Content-Type")).startsWith("application/json");
    assertThat(a.error()).contains(message);
  }

  @Test
  void aKnownRouteWithTheWrongMethodIs405() {
    Client.Answer post = api.post("/api/incidents", "text/plain", "x");
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.error()).isEqualTo("method POST is not allowed on /api/incidents");
    Client.Answer get = api.get("/api/extract");
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.header("Content-Type")).startsWith("application/json");
  }

  private static List<String> ids(String query) {
    Client.Answer a = api.get("/api/incidents?" + query);
    assertThat(a.status()).as(query + ": " + a.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    a.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
