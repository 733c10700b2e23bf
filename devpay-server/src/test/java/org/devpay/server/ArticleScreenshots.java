package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's screenshots of the article page (GET /article) over every dataset under
 * ../shared/data, in headless Chromium: its first screen on a desktop and on a phone. On request,
 * since it ingests everything:
 *
 * <pre>
 * mvn -B -q -pl devpay-server -am verify -Dspotless.check.skip=true \
 *     -Dtest=ArticleScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Ddevpay.screenshots="$PWD/docs/screenshots"
 * </pre>
 */
class ArticleScreenshots {
  @TempDir Path directory;

  @Test
  void photographsTheArticleOverEveryDataset() throws Exception {
    String target = System.getProperty(DashboardScreenshots.PROPERTY);
    Assumptions.assumeTrue(
        target != null,
        "screenshots are made on request: -D" + DashboardScreenshots.PROPERTY + "=DIR");
    Path output = Path.of(target);
    try (DevpayServer server = RealStores.serveEverything(directory.resolve("all.duckdb"))) {
      // The first screen of the page, at full resolution: the whole page scaled under 1 MB would
      // be unreadable.
      for (int[] size : new int[][] {{1000, 1500}, {390, 844}}) {
        try (HeadlessChromium browser = HeadlessChromium.start(Math.max(size[0], 500), size[1])) {
          if (size[0] < 500) {
            browser.emulatePhone(size[0], size[1]);
          }
          browser.driver().get(server.baseUri().resolve("/article").toString());
          new WebDriverWait(browser.driver(), Duration.ofSeconds(600))
              .until(d -> "complete".equals(browser.script("return document.readyState")));
          byte[] png =
              ((org.openqa.selenium.TakesScreenshot) browser.driver())
                  .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
          Files.createDirectories(output);
          Files.write(
              output.resolve(size[0] < 500 ? "article-phone.png" : "article.png"),
              HeadlessChromium.underSizeLimit(png));
        }
      }
    }
    for (String name : new String[] {"article", "article-phone"}) {
      assertThat(Files.size(output.resolve(name + ".png")))
          .isGreaterThan(10_000)
          .isLessThan(HeadlessChromium.MAXIMUM_SCREENSHOT_BYTES);
    }
  }
}
