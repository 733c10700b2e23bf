package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium, served by a real server over the DOU and EU surveys:
 * it shows the API's figures, its filters really filter (table and chart change to the API's
 * filtered figures), it fits a phone-width screen, and it can be used with the keyboard.
 */
class DashboardBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;
  private HeadlessChromium browser;

  @BeforeAll
  static void serve() throws Exception {
    server = RealStores.serveSubset(directory.resolve("ui.duckdb"));
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
  void theTableAndChartShowTheApisMediansForTheFirstEdition() throws Exception {
    browser.openDashboard(server.baseUri().toString());

    assertThat(
            new Select(browser.element("edition")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("dou-ua/2025-06");
    Map<String, Double> api = apiMedians("", "dou-ua", "2025-06");
    assertThat(tableMedians()).isEqualTo(api);
    assertThat(chartValues("chart-roles")).containsExactlyElementsOf(api.values());
    assertThat(browser.element("verdict").getText()).startsWith("In dou-ua 2025-06");
    List<?> forestLabels =
        (List<?>)
            browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart-forest'))"
                    + ".getOption().yAxis[0].data");
    assertThat(forestLabels).hasSize(5);
    assertThat(chartValues("chart-experience")).isNotEmpty();
    browser.screenshot(SCREENSHOTS.resolve("dashboard-test.png"));
  }

  @Test
  void changingAFilterChangesTheTableAndTheChartToTheFilteredFigures() throws Exception {
    browser.openDashboard(server.baseUri().toString());
    Map<String, Double> before = tableMedians();
    List<Double> chartBefore = chartValues("chart-roles");

    new Select(browser.element("seniority")).selectByValue("senior");
    awaitStatus("seniority senior");

    Map<String, Double> after = tableMedians();
    assertThat(after).isEqualTo(apiMedians("?seniority=senior", "dou-ua", "2025-06"));
    assertThat(after).isNotEqualTo(before);
    List<Double> chartAfter = chartValues("chart-roles");
    assertThat(chartAfter).containsExactlyElementsOf(after.values());
    assertThat(chartAfter).isNotEqualTo(chartBefore);
    assertThat(browser.driver().getCurrentUrl()).contains("seniority=senior");

    new Select(browser.element("edition")).selectByValue("it-salary-survey-eu/2020");
    awaitStatus("it-salary-survey-eu 2020");
    assertThat(tableMedians())
        .isEqualTo(apiMedians("?seniority=senior", "it-salary-survey-eu", "2020"));
    browser.screenshot(SCREENSHOTS.resolve("dashboard-filtered-test.png"));
  }

  @Test
  void aSmallCellIsWithheldInTheTable() throws Exception {
    browser.openDashboard(server.baseUri() + "?edition=it-salary-survey-eu%2F2020");
    WebElement fullStack =
        browser.driver().findElement(By.cssSelector("#roles-table tr[data-role=fullstack]"));
    assertThat(fullStack.getText()).contains("withheld").doesNotContainPattern("\\d{2},\\d{3}");
  }

  @Test
  void thePageFitsAPhoneWidthScreen() throws Exception {
    browser.emulatePhone(390, 844);
    browser.openDashboard(server.baseUri().toString());

    long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
    assertThat(viewport).isEqualTo(390);
    long content =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    assertThat(content).isLessThanOrEqualTo(viewport);
    assertThat(tableMedians()).isNotEmpty();
    browser.screenshot(SCREENSHOTS.resolve("dashboard-phone-test.png"));
  }

  @Test
  void everyFilterHasALabelAndCanBeChangedWithTheKeyboard() throws Exception {
    browser.openDashboard(server.baseUri().toString());
    for (WebElement select : browser.driver().findElements(By.tagName("select"))) {
      String id = select.getAttribute("id");
      assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
          .as("label of #%s", id)
          .hasSize(1);
    }
    for (String chart : List.of("chart-roles", "chart-forest", "chart-experience")) {
      assertThat(browser.element(chart).getAttribute("role")).isEqualTo("img");
      assertThat(browser.element(chart).getAttribute("aria-label")).isNotBlank();
    }

    WebElement body = browser.driver().findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    String focused = "";
    for (int i = 0; i < 20 && !focused.equals("seniority"); i++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      focused = browser.driver().switchTo().activeElement().getAttribute("id");
    }
    assertThat(focused).as("Tab reaches the seniority filter").isEqualTo("seniority");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    String chosen =
        new Select(browser.element("seniority")).getFirstSelectedOption().getAttribute("value");
    assertThat(chosen).isNotEmpty();
    awaitStatus("seniority " + chosen);
    assertThat(tableMedians()).isEqualTo(apiMedians("?seniority=" + chosen, "dou-ua", "2025-06"));
  }

  private void awaitStatus(String text) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(
            d ->
                d.findElement(By.id("status")).getText().contains(text)
                    && "ready"
                        .equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
  }

  /** Role id to median as the table holds it (the raw number behind the formatted text). */
  private Map<String, Double> tableMedians() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (WebElement row :
        browser.driver().findElements(By.cssSelector("#roles-table tbody tr[data-role]"))) {
      List<WebElement> median = row.findElements(By.cssSelector("td.median"));
      if (!median.isEmpty()) {
        double value = Double.parseDouble(median.get(0).getAttribute("data-value"));
        String shown = median.get(0).getText().replace(",", "");
        assertThat(Double.parseDouble(shown)).isEqualTo(Math.rint(value));
        out.put(row.getAttribute("data-role"), value);
      }
    }
    return out;
  }

  /** Role id to screened median, from the API, for the published cells. */
  private static Map<String, Double> apiMedians(String query, String dataset, String edition)
      throws Exception {
    JsonNode answer = http.json("/api/answer" + query);
    Map<String, Double> out = new LinkedHashMap<>();
    for (JsonNode e : answer.get("editions")) {
      if (e.get("dataset").asText().equals(dataset) && e.get("edition").asText().equals(edition)) {
        for (JsonNode role : e.at("/screened/roles")) {
          if (!role.get("suppressed").asBoolean()) {
            out.put(role.get("role").asText(), role.get("median").asDouble());
          }
        }
      }
    }
    assertThat(out).as("API medians of %s %s %s", dataset, edition, query).isNotEmpty();
    return out;
  }

  /** The first series' values of a chart, as the chart library holds them. */
  private List<Double> chartValues(String chart) {
    List<?> values =
        (List<?>)
            browser.script(
                "const option = echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".getOption();"
                    + " return option.series[0].data.map(d => d === null ? null"
                    + " : (typeof d === 'object' ? d.value : d));",
                chart);
    return values.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
  }
}
