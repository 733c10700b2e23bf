package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard's estimator form in Debian's headless Chromium, served by a real server over the
 * DOU and EU surveys: a submitted profile shows the API's P10, P50 and P90 with the cell's n, a
 * refusal shows the API's reason, and the form works with the keyboard and at phone width.
 */
class EstimatorBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;
  private HeadlessChromium browser;

  @BeforeAll
  static void serve() throws Exception {
    server = RealStores.serveSubset(directory.resolve("estimator.duckdb"));
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
  void submittingAProfileShowsTheApisBandAndCellForEachEdition() throws Exception {
    openForm();
    new Select(browser.element("estimate-role")).selectByValue("backend");
    browser.element("estimate-years").sendKeys("6");
    new Select(browser.element("estimate-metro")).selectByValue("Berlin");
    new Select(browser.element("estimate-skills")).selectByValue("java");
    browser.element("estimate-compare").click();
    browser.element("estimate-submit").click();
    awaitEstimate("ready");

    JsonNode api =
        http.json("/api/estimate?role=backend&years=6&metro=Berlin&skills=java&compare_roles=true");
    List<WebElement> cards =
        browser.driver().findElements(By.cssSelector("#estimate-result article.estimate"));
    assertThat(cards).hasSize(api.get("estimates").size());
    for (int i = 0; i < cards.size(); i++) {
      WebElement card = cards.get(i);
      JsonNode estimate = api.get("estimates").get(i);
      assertThat(card.getAttribute("data-dataset")).isEqualTo(estimate.get("dataset").asText());
      assertThat(card.getAttribute("data-edition")).isEqualTo(estimate.get("edition").asText());
      for (String name : List.of("p10", "p50", "p90")) {
        WebElement figure = card.findElement(By.cssSelector("dd[data-name='local-" + name + "']"));
        double value = Double.parseDouble(figure.getAttribute("data-value"));
        assertThat(value).isEqualTo(estimate.at("/local/" + name).asDouble());
        assertThat(Double.parseDouble(figure.getText().replace(",", "")))
            .isEqualTo(Math.rint(value));
      }
      WebElement cell = card.findElement(By.cssSelector("p.cell"));
      assertThat(cell.getAttribute("data-n")).isEqualTo(estimate.at("/cell/n").asText());
      assertThat(cell.getText())
          .contains("Back-end in Berlin", "n = " + estimate.at("/cell/n").asInt());
      assertThat(card.findElement(By.cssSelector("p.accuracy")).getText())
          .contains("held-out respondents");
      assertThat(card.findElements(By.cssSelector("table tbody tr[data-role]")))
          .hasSize(estimate.get("other_roles").size());
    }
    assertThat(browser.element("estimate-status").getText())
        .isEqualTo("Estimated from " + cards.size() + " editions.");
    assertThat(browser.element("estimate-result").getText()).contains("dou-ua 2025-06:");
    photograph("estimator-test.png");
  }

  @Test
  void aProfileNoEditionCanAnswerShowsTheApisReason() throws Exception {
    openForm();
    new Select(browser.element("estimate-role")).selectByValue("security");
    new Select(browser.element("estimate-country")).selectByValue("DE");
    browser.element("estimate-submit").click();
    awaitEstimate("error");

    String detail =
        HttpProbe.parse(http.get("/api/estimate?role=security&country=DE").body())
            .get("detail")
            .asText();
    assertThat(browser.element("estimate-status").getText())
        .isEqualTo(detail)
        .contains("fewer than k");
    assertThat(browser.driver().findElements(By.cssSelector("#estimate-result article"))).isEmpty();
  }

  @Test
  void theFormCanBeFilledAndSentWithTheKeyboardAlone() throws Exception {
    openForm();
    for (WebElement field :
        browser
            .driver()
            .findElements(By.cssSelector("#estimate-form select, #estimate-form input"))) {
      String id = field.getAttribute("id");
      assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
          .as("label of #%s", id)
          .hasSize(1);
    }
    browser.element("estimate-role").sendKeys(Keys.HOME);
    String focused = "";
    for (int i = 0; i < 6 && !focused.equals("estimate-years"); i++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      focused = browser.driver().switchTo().activeElement().getAttribute("id");
    }
    assertThat(focused).as("Tab goes from role to years").isEqualTo("estimate-years");
    browser.driver().switchTo().activeElement().sendKeys("8");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
    awaitEstimate("ready");

    JsonNode api = http.json("/api/estimate?role=backend&years=8");
    WebElement first = browser.driver().findElement(By.cssSelector("dd[data-name='local-p50']"));
    assertThat(Double.parseDouble(first.getAttribute("data-value")))
        .isEqualTo(api.at("/estimates/0/local/p50").asDouble());
  }

  @Test
  void theResultFitsAPhoneWidthScreen() throws Exception {
    browser.emulatePhone(390, 844);
    openForm();
    new Select(browser.element("estimate-metro")).selectByValue("Berlin");
    browser.element("estimate-compare").click();
    browser.element("estimate-submit").click();
    awaitEstimate("ready");

    long viewport = ((Number) browser.script("return window.innerWidth")).longValue();
    long content =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    assertThat(viewport).isEqualTo(390);
    assertThat(content).isLessThanOrEqualTo(viewport);
    photograph("estimator-phone-test.png");
  }

  private void openForm() {
    browser.openDashboard(server.baseUri().toString());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(
            d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-estimator")));
  }

  private void awaitEstimate(String state) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .until(d -> state.equals(d.findElement(By.tagName("body")).getAttribute("data-estimate")));
  }

  /** A PNG of the estimator section alone (the window first grows to the page's height). */
  private void photograph(String name) throws IOException {
    photograph(browser, SCREENSHOTS.resolve(name));
  }

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
    WebElement section = browser.driver().findElement(By.id("estimator"));
    Files.write(file, section.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Like {@link #photograph(HeadlessChromium, Path)}, cut below the first estimate: the form, the
   * status and one edition's figures read better in a README than every edition at once.
   */
  static void photographFirstEstimate(HeadlessChromium browser, Path file) throws IOException {
    photograph(browser, file);
    double cut =
        ((Number)
                browser.script(
                    "const s = document.getElementById('estimator').getBoundingClientRect();"
                        + " const c = document.querySelector('#estimate-result article')"
                        + ".getBoundingClientRect(); return (c.bottom - s.top + 8) / s.height;"))
            .doubleValue();
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
    int height = (int) Math.min(image.getHeight(), Math.ceil(cut * image.getHeight()));
    javax.imageio.ImageIO.write(
        image.getSubimage(0, 0, image.getWidth(), height), "png", file.toFile());
  }
}
