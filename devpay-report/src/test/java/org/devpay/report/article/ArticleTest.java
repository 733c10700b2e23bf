package org.devpay.report.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {
  private static final String SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>t</title></svg>\n";

  private static Article article() {
    return new Article(
        new Article.FrontMatter(
            "Are backend developers paid more?",
            true,
            "2026-01-19 13:49:53 UTC",
            "backend,career",
            "Two claims <tested>.",
            "3 min"),
        List.of(
            new Article.Heading("Backend Developer Salaries vs. Other Tech Roles"),
            new Article.Paragraph(
                "**Verdict: supported.** See [DOU](https://dou.ua/) & <b>not bold</b>."),
            new Article.Items(true, List.of("one", "two")),
            new Article.Figure("a-chart.svg", "a chart", "A caption."),
            new Article.Table(List.of("claim", "verdict"), List.of(List.of("a | b", "**x**")))),
        Map.of("a-chart.svg", SVG));
  }

  @Test
  void theMarkdownStartsWithTheSeedsSixFrontMatterKeys() {
    String markdown = article().markdown(Article.ChartLinks.FILES);
    List<String> lines = markdown.lines().toList();
    assertThat(lines.subList(0, 8))
        .containsExactly(
            "---",
            "title: Are backend developers paid more?",
            "published: true",
            "date: 2026-01-19 13:49:53 UTC",
            "tags: backend,career",
            "summary: Two claims <tested>.",
            "readTime: 3 min",
            "---");
    assertThat(markdown)
        .contains("### Backend Developer Salaries vs. Other Tech Roles")
        .contains("1. one\n1. two")
        .contains("![a chart](a-chart.svg)")
        .contains("| a \\| b | **x** |");
  }

  @Test
  void chartsCanBeInlinedAsDataUrisForAStandaloneMarkdown() {
    String markdown = article().markdown(Article.ChartLinks.DATA_URIS);
    String prefix = "![a chart](data:image/svg+xml;base64,";
    int start = markdown.indexOf(prefix) + prefix.length();
    String encoded = markdown.substring(start, markdown.indexOf(')', start));
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo(SVG);
  }

  @Test
  void theHtmlIsOneSelfContainedPageWithTheChartsInlineAndTheTextEscaped() {
    String html = article().html();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Are backend developers paid more?</title>")
        .contains("<strong>Verdict: supported.</strong>")
        .contains("<a href=\"https://dou.ua/\">DOU</a>")
        .contains("&amp; &lt;b&gt;not bold&lt;/b&gt;")
        .contains("<svg class=\"chart\" xmlns=")
        .contains("<figcaption>A caption.</figcaption>")
        .contains("<ol>\n<li>one</li>")
        .contains("Two claims &lt;tested&gt;.")
        .doesNotContain("<script")
        .doesNotContain("rel=\"stylesheet\"")
        .doesNotContain("src=");
  }
}
