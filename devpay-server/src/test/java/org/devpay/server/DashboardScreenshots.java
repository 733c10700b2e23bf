package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the README's screenshots: serves every dataset under ../shared/data with the default
 * settings (the figures of {@code ./devpay answer}) and photographs the main views in headless
 * Chromium. Runs only when asked, since it ingests everything:
 *
 * <pre>
 * mvn -B -q -pl devpay-server -am verify -Dspotless.check.skip=true \
 *     -Dtest=DashboardScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddevpay.screenshots="$PWD/docs/screenshots"
 * </pre>
 */
class DashboardScreenshots {
  static final String PROPERTY = "devpay.screenshots";

  @TempDir Path directory;

  @Test
  void photographsTheMainViewsOverEveryDataset() throws Exception {
    String target = System.getProperty(PROPERTY);
    Assumptions.assumeTrue(
        target != null, "screenshots are made on request: -D" + PROPERTY + "=DIR");
    Path output = Path.of(target);
    try (DevpayServer server = RealStores.serveEverything(directory.resolve("all.duckdb"))) {
      String base = server.baseUri().toString();
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.openDashboard(base);
        browser.screenshot(output.resolve("dashboard.png"));
      }
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.openDashboard(
            base + "?edition=it-salary-survey-eu%2F2020&country=DE&seniority=senior");
        browser.screenshot(output.resolve("dashboard-filtered.png"));
      }
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.emulatePhone(390, 844);
        browser.openDashboard(base + "?edition=it-salary-survey-eu%2F2019");
        browser.screenshot(output.resolve("dashboard-phone.png"));
      }
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.driver().get(base + "api/docs/");
        new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver(), java.time.Duration.ofSeconds(60))
            .until(
                d ->
                    !d.findElements(org.openqa.selenium.By.cssSelector(".opblock-summary"))
                        .isEmpty());
        browser.screenshot(output.resolve("api-docs.png"));
      }
    }
    for (String name : List.of("dashboard", "dashboard-filtered", "dashboard-phone", "api-docs")) {
      assertThat(output.resolve(name + ".png")).isRegularFile();
      assertThat(Files.size(output.resolve(name + ".png")))
          .isGreaterThan(10_000)
          .isLessThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);
    }
  }
}
