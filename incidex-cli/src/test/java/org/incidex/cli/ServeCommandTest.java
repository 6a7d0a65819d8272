package org.incidex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidex.server.IncidexServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real {@code serve} command, run in a thread on a free port over a temporary store, with the
 * CoreNLP pipeline: what the API extracts is what {@code extract} writes, and what it stores is
 * what {@code incidents} reads.
 */
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KABUL = "kabul-airport-attack-2021.txt";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static ServeCommand serve;
  private static Thread running;
  private static int[] exit = {-1};
  private static String db;
  private static String base;

  @BeforeAll
  static void serveATemporaryStore() throws InterruptedException {
    db = dir.resolve("serve.db").toString();
    serve = new ServeCommand();
    CommandLine line = new CommandLine(serve);
    running =
        new Thread(() -> exit[0] = line.execute("--db", db, "--port", "0"), "serve-under-test");
    running.start();
    for (int i = 0; i < 300 && serve.running == null && running.isAlive(); i++) {
      Thread.sleep(100);
    }
    IncidexServer server = serve.running;
    assertThat(server).as("the server started").isNotNull();
    base = server.url();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    serve.stop.countDown();
    running.join(10_000);
    assertThat(exit[0]).isZero();
  }

  @Test
  void answersOnTheStoreItWasGiven() throws IOException, InterruptedException {
    HttpResponse<String> r = get("/api/incidents");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("items").isArray()).isTrue();
    assertThat(Files.exists(Path.of(db))).isTrue();
  }

  @Test
  void refusesAnExposedAddressWithoutAToken() {
    assumeTrue(System.getenv("INCIDEX_TOKEN") == null, "INCIDEX_TOKEN is set here");
    Cli.Run run =
        Cli.run(
            "serve", "--host", "0.0.0.0", "--port", "0", "--db", dir.resolve("x.db").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0))
        .startsWith("incidex: refusing to listen on 0.0.0.0 without a token")
        .contains("INCIDEX_TOKEN");
  }

  @Test
  @Tag("nlp")
  void extractOverHttpIsWhatExtractWrites() throws IOException, InterruptedException {
    Path file = Corpus.file(KABUL);
    Cli.Run cli = Cli.run("extract", file.toString(), "--format", "json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode expected = JSON.readTree(cli.out());
    String body =
        JSON.createObjectNode()
            .put("id", "kabul-airport-attack-2021")
            .put("text", Files.readString(file))
            .toString();
    HttpResponse<String> r = post("/api/extract", "application/json", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode served = JSON.readTree(r.body());
    assertThat(served.get("incidents")).isNotEmpty().isEqualTo(expected.get("incidents"));
    assertThat(served.get("actors")).isEqualTo(expected.get("actors"));
    assertThat(served.get("relations")).isEqualTo(expected.get("relations"));
    assertThat(served.at("/documents/0/title")).isEqualTo(expected.at("/documents/0/title"));
  }

  @Test
  @Tag("nlp")
  void whatTheApiStoresTheCliQueries() throws IOException, InterruptedException {
    String text = Files.readString(Corpus.file(KABUL));
    HttpResponse<String> added = post("/api/documents", "text/plain; charset=utf-8", text);
    assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
    JsonNode page = JSON.readTree(get("/api/incidents?limit=500").body());
    Cli.Run cli = Cli.run("incidents", "--db", db, "--format", "json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode queried = JSON.readTree(cli.out());
    assertThat(page.get("total").asInt()).isPositive().isEqualTo(queried.get("incidents").size());
    assertThat(page.get("items").get(0).get("id").asText()).isIn(ids(queried.get("incidents")));
  }

  private static java.util.List<String> ids(JsonNode incidents) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    incidents.forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String type, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
