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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's "Where do I stand?" screenshots over every dataset under ../shared/data: the
 * issue's question (65,000 EUR a year, back-end, 6 years, Berlin) down to the first edition's
 * answer, the one-axis chart of every edition, and the first answer at phone width. Runs only when
 * asked, since it ingests everything:
 *
 * <pre>
 * mvn -B -q -pl devpay-server -am verify -Dspotless.check.skip=true \
 *     -Dtest=StandingScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddevpay.screenshots="$PWD/docs/screenshots"
 * </pre>
 */
class StandingScreenshots {
  @TempDir Path directory;

  @Test
  void photographsTheLocatorWithTheIssuesQuestion() throws Exception {
    String target = System.getProperty(DashboardScreenshots.PROPERTY);
    Assumptions.assumeTrue(
        target != null,
        "screenshots are made on request: -D" + DashboardScreenshots.PROPERTY + "=DIR");
    Path output = Path.of(target);
    try (DevpayServer server = RealStores.serveEverything(directory.resolve("all.duckdb"))) {
      String base = server.baseUri().toString();
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        ask(browser, base);
        StandingBrowserTest.photograph(browser, output.resolve("standing.png"));
        cutBelowFirstAnswer(browser, output.resolve("standing.png"));
        Files.write(
            output.resolve("standing-axis.png"),
            HeadlessChromium.underSizeLimit(
                browser
                    .driver()
                    .findElement(By.id("standing-axis"))
                    .getScreenshotAs(OutputType.BYTES)));
      }
      try (HeadlessChromium browser = HeadlessChromium.start(1280, 1000)) {
        browser.emulatePhone(390, 844);
        ask(browser, base);
        StandingBrowserTest.photograph(browser, output.resolve("standing-phone.png"));
        cutBelowFirstAnswer(browser, output.resolve("standing-phone.png"));
      }
    }
    for (String name : List.of("standing", "standing-axis", "standing-phone")) {
      assertThat(output.resolve(name + ".png")).isRegularFile();
      assertThat(Files.size(output.resolve(name + ".png")))
          .isGreaterThan(10_000)
          .isLessThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);
    }
  }

  private static void ask(HeadlessChromium browser, String base) {
    browser.openDashboard(base);
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(120));
    wait.until(
        d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-standing-form")));
    StandingBrowserTest.fill(browser);
    wait.until(
        d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-standing")));
  }

  /** Keeps the form, the status and the first edition's answer. */
  private static void cutBelowFirstAnswer(HeadlessChromium browser, Path file) throws Exception {
    double cut =
        ((Number)
                browser.script(
                    "const s = document.getElementById('standing').getBoundingClientRect();"
                        + " const c = document.querySelector('#standing-result article')"
                        + ".getBoundingClientRect(); return (c.bottom - s.top + 8) / s.height;"))
            .doubleValue();
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
    int height = (int) Math.min(image.getHeight(), Math.ceil(cut * image.getHeight()));
    javax.imageio.ImageIO.write(
        image.getSubimage(0, 0, image.getWidth(), height), "png", file.toFile());
  }
}
