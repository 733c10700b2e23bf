package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * GET /article and GET /api/article.md over the DOU and EU surveys: the article answers every claim
 * with the verdict /api/claims gives it, the Markdown stands alone (charts as data URIs), both are
 * cached by data version, and the page, opened in headless Chromium, draws its charts without
 * fetching anything.
 */
class ArticleApiTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serve() throws Exception {
    server = RealStores.serveSubset(directory.resolve("article.duckdb"));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theMarkdownAnswersEveryClaimAsTheClaimsEndpointDoes() throws Exception {
    HttpResponse<String> response = http.get("/api/article.md");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/markdown");
    String markdown = response.body();
    assertThat(markdown.lines().limit(8).toList())
        .extracting(line -> line.contains(":") ? line.substring(0, line.indexOf(':')) : line)
        .containsExactly("---", "title", "published", "date", "tags", "summary", "readTime", "---");
    JsonNode claims = http.json("/api/claims");
    assertThat(claims.get("claims")).hasSize(8);
    for (JsonNode claim : claims.get("claims")) {
      assertThat(markdown)
          .contains(
              "“"
                  + claim.get("text").asText()
                  + "” **Verdict: "
                  + claim.get("verdict").asText()
                  + ".**");
    }
    // The charts travel inside the Markdown.
    String prefix = "](data:image/svg+xml;base64,";
    int start = markdown.indexOf(prefix);
    assertThat(start).isPositive();
    String encoded = markdown.substring(start + prefix.length(), markdown.indexOf(')', start));
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(markdown).contains("[https://dou.ua/](https://dou.ua/)");
    // Cached by data version like the other figures: revalidation costs a 304.
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertThat(http.get("/api/article.md", "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void theArticlePageReadsInChromiumWithItsChartsAndFetchesNothing() throws Exception {
    HttpResponse<String> response = http.get("/article");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(response.body()).doesNotContain("<script").doesNotContain(" src=");
    try (HeadlessChromium browser = HeadlessChromium.start(1000, 1200)) {
      browser.driver().get(server.baseUri().resolve("/article").toString());
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(d -> "complete".equals(browser.script("return document.readyState")));
      assertThat(browser.driver().getTitle()).isEqualTo("Are backend developers paid more?");
      List<String> headings =
          browser.driver().findElements(By.tagName("h2")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(headings)
          .containsExactly(
              "Backend Developer Salaries vs. Other Tech Roles",
              "Why Backend Developers Get Paid More",
              "Factors That Influence Backend Developer Salaries",
              "Conclusion",
              "Data and method");
      List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart"));
      assertThat(charts).isNotEmpty();
      for (WebElement chart : charts) {
        Number width =
            (Number) browser.script("return arguments[0].getBoundingClientRect().width", chart);
        Number height =
            (Number) browser.script("return arguments[0].getBoundingClientRect().height", chart);
        assertThat(width.doubleValue()).isGreaterThan(300);
        assertThat(height.doubleValue()).isGreaterThan(100);
      }
      // Nothing but the page itself was loaded: no script, font, style sheet or image.
      Object resources =
          browser.script(
              "return performance.getEntriesByType('resource').map(e => e.name).join(' ')");
      assertThat(resources).isEqualTo("");
      WebElement dou = browser.driver().findElement(By.cssSelector("a[href='https://dou.ua/']"));
      assertThat(dou.isDisplayed()).isTrue();
      browser.screenshot(SCREENSHOTS.resolve("article-test.png"));
    }
  }
}
