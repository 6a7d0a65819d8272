package org.incidex.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidex.server.IncidexServer;
import org.incidex.server.ServerOptions;
import org.incidex.store.Store;
import org.incidex.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web page in a real browser against the real server (CoreNLP pipeline, a temporary SQLite
 * store): extract the seed report, save it, browse it as a table, an incident page, a map, a
 * timeline and a graph. After every step: no request left 127.0.0.1 and the console has no error.
 * The steps share one server and one browser (starting them, and CoreNLP, is most of the cost), so
 * they run in order. Skipped where Debian's chromium or chromedriver is not installed.
 */
@Tag("nlp")
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {
  private static final By ROWS = By.cssSelector("#incident-table tbody tr[data-id]");

  private Store store;
  private IncidexServer server;
  private Browser browser;
  private String seed;

  @BeforeAll
  void start(@TempDir Path temp) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path seedFile =
        Path.of(System.getProperty("incidex.shared", "../../shared"), "corpus", "isis-k-seed.txt");
    assumeTrue(Files.isReadable(seedFile), "needs the shared corpus: " + seedFile);
    seed = Files.readString(seedFile);
    store = Stores.open(temp.resolve("web.db").toString());
    server = IncidexServer.start(ServerOptions.local(0), store);
    browser = new Browser();
    browser.driver().get(server.url() + "/");
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @AfterEach
  void checkBrowser(TestInfo test) {
    browser.screenshot(test.getTestMethod().orElseThrow().getName());
    assertThat(browser.requestedUrls())
        .as("every request the page made")
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).startsWith(server.url() + "/"));
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
  }

  @Test
  @Order(1)
  void extractingTheSeedHighlightsItsFactsAndListsItsIncidents() {
    paste(seed);
    click("#extract-button");
    browser
        .waiting(120)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".incident-card")));

    assertThat(all(".incident-card")).hasSizeGreaterThanOrEqualTo(5);
    for (String kind : List.of("event", "date", "place", "perpetrator", "casualty")) {
      assertThat(all("#doc-view mark.hl-" + kind)).as(kind + " marks").isNotEmpty();
    }
    assertThat(text("#doc-view")).isEqualTo(seed.replace("\r\n", "\n"));

    WebElement killed =
        browser.driver().findElement(By.xpath("//mark[normalize-space()='killing 94']"));
    killed.click();
    browser
        .waiting(5)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#evidence blockquote mark")));
    assertThat(text("#evidence blockquote mark")).isEqualTo("killing 94");
    assertThat(text("#evidence blockquote")).startsWith("In January 2024, two ISIS–K attackers");
  }

  @Test
  @Order(2)
  void savingStoresTheDocumentAndTheTableFilters() {
    click("#save-button");
    browser
        .waiting(60)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved document"));
    assertThat(text("#status")).contains("added");
    browser.screenshot("seed-ingested"); // docs/screenshot.png is a copy of this one

    go("#/incidents");
    browser.waiting(10).until(ExpectedConditions.numberOfElementsToBeMoreThan(ROWS, 4));
    int everything = all(ROWS).size();
    assertThat(text("#page-info")).endsWith("of " + everything);

    WebElement country = browser.driver().findElement(By.name("country"));
    country.sendKeys("IR");
    click("#filters button[type=submit]");
    browser.waiting(10).until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
    assertThat(text("#incident-table tbody tr td:nth-child(5)")).isEqualTo("IR");
    assertThat(text("#incident-table tbody tr td:nth-child(4)")).isEqualTo("Kerman");

    click("#filters button[type=reset]");
    browser.waiting(10).until(ExpectedConditions.numberOfElementsToBe(ROWS, everything));
    click("#incident-table th[data-sort=killed]");
    browser
        .waiting(10)
        .until(
            ExpectedConditions.attributeContains(
                By.cssSelector("th[data-sort=killed]"), "class", "desc"));
    browser
        .waiting(10)
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("#incident-table tbody tr td:nth-child(7)"), "over 170"));
  }

  @Test
  @Order(3)
  void aValueOnTheIncidentPageShowsTheSentenceItCameFrom() {
    go("#/incidents?country=IR");
    browser.waiting(10).until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
    click("#incident-table tbody tr[data-id]");
    browser
        .waiting(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("incident-title"), "Kerman"));
    assertThat(all("li.mention")).hasSize(2);

    click("#view-incident button.value[data-field=date]");
    browser
        .waiting(10)
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("#evidence blockquote mark"), "3 January 2024"));
    assertThat(text("#evidence blockquote")).contains("twin bombing on 3 January 2024");

    click("#view-incident button.value[data-field=killed]");
    browser
        .waiting(10)
        .until(
            ExpectedConditions.textToBe(By.cssSelector("#evidence blockquote mark"), "killing 94"));
  }

  @Test
  @Order(4)
  void theMapDrawsCountriesOfflineAndAMarkerLeadsToItsIncident() {
    go("#/map");
    browser
        .waiting(15)
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".leaflet-marker-icon"), 2));
    assertThat(all("#map path")).as("country shapes").hasSizeGreaterThan(100);
    assertThat(all(".leaflet-tile")).as("tiles").isEmpty();

    click(".leaflet-marker-icon[title*='Kerman']");
    browser
        .waiting(5)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".popup-link")))
        .click();
    browser
        .waiting(10)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("incident-title"), "Kerman"));
  }

  @Test
  @Order(5)
  void theTimelineAndTheActorGraphDrawTheStore() {
    go("#/timeline");
    browser
        .waiting(10)
        .until(
            ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#timeline .vis-item"), 3));
    browser.screenshot("timeline");

    go("#/actors");
    browser
        .waiting(10)
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "actors"));
    assertThat(all("#graph canvas")).isNotEmpty();
    Long nodes =
        (Long)
            browser.script("return document.querySelector('#graph') && window.cytoscape ? 1 : 0;");
    assertThat(nodes).isEqualTo(1L);
  }

  @Test
  @Order(6)
  void markupInADocumentShowsAsText() {
    String hostile =
        "<script>window.pwned = 1; alert('script')</script>\n"
            + "On 3 May 2023, gunmen <img src=x onerror=\"window.pwned = 2; alert('img')\"> stormed a"
            + " police station in Garissa, Kenya, killing 4 officers. <b>Al-Shabaab</b> claimed"
            + " responsibility for the attack.\n";
    go("#/extract");
    paste(hostile);
    click("#extract-button");
    browser
        .waiting(60)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-view"), "Garissa"));

    assertThat(text("#doc-view")).isEqualTo(hostile);
    assertThat(all("#doc-view script, #doc-view img, #doc-view b")).isEmpty();
    assertThat(all("#extract-facts img, #extract-facts script")).isEmpty();
    assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
  }

  private void paste(String text) {
    go("#/extract");
    browser.script("document.querySelector('#doc-text').value = arguments[0];", text);
  }

  private void go(String hash) {
    browser.script("location.hash = arguments[0];", hash);
  }

  private void click(String css) {
    browser.waiting(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
  }

  private String text(String css) {
    return (String) browser.script("return document.querySelector(arguments[0]).textContent;", css);
  }

  private List<WebElement> all(String css) {
    return all(By.cssSelector(css));
  }

  private List<WebElement> all(By by) {
    return browser.driver().findElements(by);
  }
}
