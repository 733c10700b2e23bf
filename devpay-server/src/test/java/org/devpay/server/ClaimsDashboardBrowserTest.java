package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's claims table and forest plot of adjusted premiums, in headless Chromium over the
 * DOU and EU surveys: every verdict and figure shown is the one /api/claims and /api/compare
 * publish, and the chart plots the same values as the table.
 */
class ClaimsDashboardBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serve() throws Exception {
    server = RealStores.serveSubset(directory.resolve("claims.duckdb"));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theClaimsTableShowsTheApisVerdictsAndEffects() throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.start(1280, 1400)) {
      open(browser);
      JsonNode api = http.json("/api/claims");
      List<WebElement> rows =
          browser.driver().findElements(By.cssSelector("#claims-table tbody tr"));
      assertThat(rows).hasSize(api.get("claims").size()).hasSize(8);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode claim = api.get("claims").get(i);
        WebElement row = rows.get(i);
        assertThat(row.getAttribute("data-claim")).isEqualTo(claim.get("id").asText());
        assertThat(row.getAttribute("data-verdict")).isEqualTo(claim.get("verdict").asText());
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo(claim.get("verdict").asText());
        JsonNode effect = claim.get("effect");
        if (effect.get("estimate").isNumber()) {
          assertThat(Double.parseDouble(cells.get(1).getAttribute("data-value")))
              .isCloseTo(effect.get("estimate").asDouble(), within(1e-9));
        }
        assertThat(cells.get(4).getText()).isEqualTo(claim.get("sentence").asText());
      }
      browser.screenshot(SCREENSHOTS.resolve("dashboard-claims-test.png"));
    }
  }

  @Test
  void theAdjustedForestPlotsTheApisAdjustedPremiums() throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.start(1280, 1400)) {
      open(browser);
      Map<String, Double> api = new LinkedHashMap<>();
      for (String other : List.of("frontend", "fullstack")) {
        JsonNode comparison =
            http.json("/api/compare?role=backend&vs=" + other).get("comparisons").get(0);
        for (JsonNode edition : comparison.get("editions")) {
          if (!edition.get("suppressed").asBoolean()) {
            api.put(
                other
                    + " "
                    + edition.get("dataset").asText()
                    + " "
                    + edition.get("edition").asText(),
                edition.at("/adjusted/percent").asDouble());
          }
        }
        api.put(other + " pooled", comparison.at("/pooled/adjusted/percent").asDouble());
      }
      Map<String, Double> table = new LinkedHashMap<>();
      for (WebElement row :
          browser.driver().findElements(By.cssSelector("#adjusted-table tbody tr"))) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        String value = cells.get(2).getAttribute("data-value");
        if (value != null) {
          table.put(
              row.getAttribute("data-compared") + " " + row.getAttribute("data-edition"),
              Double.parseDouble(value));
        }
      }
      assertThat(table).isEqualTo(api);
      List<?> plotted =
          (List<?>)
              browser.script(
                  "const o = echarts.getInstanceByDom(document.getElementById('chart-adjusted'))"
                      + ".getOption(); return o.series.filter(s => s.type === 'scatter')"
                      + ".flatMap(s => s.data.map(d => d[0]));");
      assertThat(plotted.stream().map(v -> ((Number) v).doubleValue()).toList())
          .containsExactlyInAnyOrderElementsOf(api.values());
    }
  }

  private static void open(HeadlessChromium browser) throws Exception {
    browser.openDashboard(server.baseUri().toString());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> !"".equals(browser.script("return document.body.dataset.claimsState || ''")));
    assertThat(browser.script("return document.body.dataset.claimsState")).isEqualTo("ready");
  }
}
