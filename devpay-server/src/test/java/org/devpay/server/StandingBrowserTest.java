package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's "Where do I stand?" form in Debian's headless Chromium, served by a real server
 * over the DOU and EU surveys: a submitted pay shows the API's sentence, band and interval per
 * edition, a chart of the comparable distribution (the published band edges) with the pay and the
 * estimate's P10, P50 and P90 marked, and every edition on one USD axis grouped by pay basis; a
 * refusal shows the API's reason; the estimator's results end with the same one-axis chart; the
 * page fits a phone.
 */
class StandingBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;
  private HeadlessChromium browser;

  @BeforeAll
  static void serve() throws Exception {
    server = RealStores.serveSubset(directory.resolve("standing.duckdb"));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start(1280, 1000);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  @Test
  void aSubmittedPayShowsEachEditionsBandSentenceAndDistribution() throws Exception {
    openForm();
    fill(browser);
    awaitStanding("ready");

    JsonNode api =
        http.json(
            "/api/standing?pay=65000&currency=EUR&period=year&role=backend&years=6&metro=Berlin");
    List<WebElement> cards =
        browser.driver().findElements(By.cssSelector("#standing-result article.standing"));
    assertThat(cards).hasSize(api.get("standings").size()).isNotEmpty();
    for (int i = 0; i < cards.size(); i++) {
      WebElement card = cards.get(i);
      JsonNode standing = api.get("standings").get(i);
      assertThat(card.getAttribute("data-dataset")).isEqualTo(standing.get("dataset").asText());
      assertThat(card.findElement(By.cssSelector("p.sentence")).getText())
          .isEqualTo("Your pay is " + standing.get("sentence").asText() + ".");
      assertThat(card.findElement(By.cssSelector("dd[data-name='percentile']")).getText())
          .isEqualTo(standing.at("/percentile/text").asText());
      assertThat(card.findElement(By.cssSelector("dd[data-name='interval']")).getText())
          .isEqualTo(standing.at("/percentile/interval_text").asText());
      assertThat(card.findElement(By.cssSelector("p.cell")).getAttribute("data-n"))
          .isEqualTo(standing.at("/cell/n").asText());

      // The distribution chart: one bar between each pair of published edges, and lines at the
      // pay and at the estimate's P10, P50 and P90.
      @SuppressWarnings("unchecked")
      Map<String, Object> chart =
          (Map<String, Object>)
              browser.script(
                  "const o = echarts.getInstanceByDom(arguments[0].querySelector("
                      + "'.standing-chart')).getOption();"
                      + " return {bars: o.series[0].data.length,"
                      + " lines: o.series[0].markLine.data.map(l => [l.name, l.xAxis])};",
                  card);
      int edges = standing.at("/distribution/quantiles").size();
      assertThat(((Number) chart.get("bars")).intValue()).isEqualTo(edges - 1);
      @SuppressWarnings("unchecked")
      List<List<Object>> lines = (List<List<Object>>) chart.get("lines");
      assertThat(lines).extracting(l -> l.get(0)).containsExactly("P10", "P50", "P90", "your pay");
      assertThat(((Number) lines.get(3).get(1)).doubleValue())
          .isCloseTo(standing.at("/amount/annual").asDouble(), within(1e-6));
      assertThat(((Number) lines.get(1).get(1)).doubleValue())
          .isCloseTo(standing.at("/band/p50").asDouble(), within(1e-6));
    }

    // Every edition on one USD axis, grouped by basis, with the pay as each reads it.
    @SuppressWarnings("unchecked")
    Map<String, Object> axis =
        (Map<String, Object>)
            browser.script(
                "const o = echarts.getInstanceByDom(document.getElementById('standing-axis'))"
                    + ".getOption(); return {categories: o.yAxis[0].data,"
                    + " markers: o.series[1].data.map(d => d[0])};");
    @SuppressWarnings("unchecked")
    List<String> categories = (List<String>) axis.get("categories");
    assertThat(categories).contains("— gross base pay —");
    assertThat(categories).doesNotContain("— net base pay —");
    @SuppressWarnings("unchecked")
    List<Number> markers = (List<Number>) axis.get("markers");
    assertThat(markers).hasSize(cards.size());
    assertThat(markers.get(0).doubleValue())
        .isCloseTo(api.at("/standings/0/amount/usd").asDouble(), within(1e-6));
    assertThat(browser.element("standing-status").getText())
        .isEqualTo("Placed in " + cards.size() + (cards.size() == 1 ? " edition." : " editions."));
    photograph(browser, SCREENSHOTS.resolve("standing-test.png"));
  }

  @Test
  void aProfileNoEditionCanAnswerShowsTheApisReason() throws Exception {
    openForm();
    new Select(browser.element("standing-role")).selectByValue("security");
    new Select(browser.element("standing-country")).selectByValue("DE");
    browser.element("standing-submit").click();
    awaitStanding("error");

    String detail =
        HttpProbe.parse(
                http.get(
                        "/api/standing?pay=65000&currency=EUR&period=year&role=security&country=DE")
                    .body())
            .get("detail")
            .asText();
    assertThat(browser.element("standing-status").getText())
        .isEqualTo(detail)
        .contains("fewer than k");
    assertThat(browser.driver().findElements(By.cssSelector("#standing-result article"))).isEmpty();
  }

  @Test
  void theEstimatorsResultsEndWithEveryEditionOnOneAxis() throws Exception {
    openForm();
    new Select(browser.element("estimate-role")).selectByValue("backend");
    browser.element("estimate-years").sendKeys("6");
    browser.element("estimate-submit").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(
            d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-estimate")));

    JsonNode api = http.json("/api/estimate?role=backend&years=6");
    @SuppressWarnings("unchecked")
    List<String> categories =
        (List<String>)
            browser.script(
                "return echarts.getInstanceByDom(document.getElementById('estimate-axis'))"
                    + ".getOption().yAxis[0].data;");
    // DOU (net base) and the EU surveys (gross base) in separate groups, never pooled.
    assertThat(categories).contains("— gross base pay —", "— net base pay —");
    assertThat(categories.indexOf("dou-ua 2025-06"))
        .isGreaterThan(categories.indexOf("— net base pay —"));
    assertThat(categories.stream().filter(c -> !c.startsWith("— ")))
        .hasSize(api.get("estimates").size());
  }

  @Test
  void theResultFitsAPhoneWidthScreen() throws Exception {
    browser.emulatePhone(390, 844);
    openForm();
    fill(browser);
    awaitStanding("ready");

    long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
    long content =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    assertThat(viewport).isEqualTo(390);
    assertThat(content).isLessThanOrEqualTo(viewport);
    photograph(browser, SCREENSHOTS.resolve("standing-phone-test.png"));
  }

  /** The question: 65,000 EUR a year, back-end, 6 years, Berlin. */
  static void fill(HeadlessChromium browser) {
    WebElement pay = browser.element("standing-pay");
    pay.clear();
    pay.sendKeys("65000");
    new Select(browser.element("standing-currency")).selectByValue("EUR");
    new Select(browser.element("standing-period")).selectByValue("year");
    new Select(browser.element("standing-role")).selectByValue("backend");
    browser.element("standing-years").sendKeys("6");
    new Select(browser.element("standing-metro")).selectByValue("Berlin");
    browser.element("standing-submit").click();
  }

  private void openForm() {
    browser.openDashboard(server.baseUri().toString());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(
            d ->
                "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-standing-form"))
                    && "ready"
                        .equals(d.findElement(By.tagName("body")).getAttribute("data-estimator")));
  }

  private void awaitStanding(String state) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> state.equals(d.findElement(By.tagName("body")).getAttribute("data-standing")));
  }

  /** A PNG of the "Where do I stand?" section (the window first grows to the page's height). */
  static void photograph(HeadlessChromium browser, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    long height =
        ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
    long width = ((Number) browser.script("return window.innerWidth")).longValue();
    if (width < 500) {
      browser.emulatePhone((int) width, (int) height);
    } else {
      browser
          .driver()
          .manage()
          .window()
          .setSize(new org.openqa.selenium.Dimension((int) width, (int) height + 140));
    }
    // Charts drawn at the old size are redrawn at the new one.
    browser.script(
        "document.querySelectorAll('#standing .chart').forEach(c => {"
            + " const chart = echarts.getInstanceByDom(c); if (chart) { chart.resize(); } });");
    WebElement section = browser.driver().findElement(By.id("standing"));
    Files.write(file, HeadlessChromium.underSizeLimit(section.getScreenshotAs(OutputType.BYTES)));
  }
}
