package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's estimator screenshots over every dataset under ../shared/data: the brief's
 * profile (back-end, 6 years, Berlin, Java and AWS, compared with other roles), on a desktop and a
 * phone, down to the first edition's estimate. Runs only when asked, since it ingests everything:
 *
 * <pre>
 * mvn -B -q -pl devpay-server -am verify -Dspotless.check.skip=true \
 *     -Dtest=EstimatorScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddevpay.screenshots="$PWD/docs/screenshots"
 * </pre>
 */
class EstimatorScreenshots {
  @TempDir Path directory;

  @Test
  void photographsTheEstimatorWithTheBriefsProfile() throws Exception {
    String target = System.getProperty(DashboardScreenshots.PROPERTY);
    Assumptions.assumeTrue(
        target != null,
        "screenshots are made on request: -D" + DashboardScreenshots.PROPERTY + "=DIR");
    Path output = Path.of(target);
    try (DevpayServer server = RealStores.serveEverything(directory.resolve("all.duckdb"))) {
      String base = server.baseUri().toString();
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        fill(browser, base);
        EstimatorBrowserTest.photographFirstEstimate(browser, output.resolve("estimator.png"));
      }
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.emulatePhone(390, 844);
        fill(browser, base);
        EstimatorBrowserTest.photographFirstEstimate(
            browser, output.resolve("estimator-phone.png"));
      }
    }
    for (String name : List.of("estimator", "estimator-phone")) {
      assertThat(output.resolve(name + ".png")).isRegularFile();
      assertThat(Files.size(output.resolve(name + ".png")))
          .isGreaterThan(10_000)
          .isLessThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);
    }
  }

  private static void fill(HeadlessChromium browser, String base) {
    browser.openDashboard(base);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(120));
    wait.until(
        d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-estimator")));
    new Select(browser.element("estimate-role")).selectByValue("backend");
    browser.element("estimate-years").sendKeys("6");
    new Select(browser.element("estimate-metro")).selectByValue("Berlin");
    Select skills = new Select(browser.element("estimate-skills"));
    skills.selectByValue("java");
    skills.selectByValue("aws");
    browser.element("estimate-compare").click();
    browser.element("estimate-submit").click();
    wait.until(
        d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-estimate")));
  }
}
