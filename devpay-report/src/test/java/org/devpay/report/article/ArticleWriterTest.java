package org.devpay.report.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.Verdict;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article written from hand-built data in which front-end developers are paid about 20% more
 * than back-end developers in two surveys: the text follows the verdicts (a contradicted claim
 * reads as contradicted, a claim no data can test says so), and every dataset is attributed as its
 * licence asks.
 */
class ArticleWriterTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));
  private static final Instant NOW = Instant.parse("2026-01-19T13:49:53Z");

  private static ArticleWriter.Result result;
  private static String markdown;

  @BeforeAll
  static void write() {
    result = ArticleWriter.with(SETTINGS).write(frontEndPaidMore(), NOW);
    markdown = result.article().markdown(Article.ChartLinks.FILES);
  }

  private static PayData frontEndPaidMore() {
    Map<EditionKey, List<PayRecord>> records = new TreeMap<>();
    Map<EditionKey, SourceCitation> citations = new TreeMap<>();
    String[][] editions = {
      {
        "dou-ua",
        "2025-06",
        "Free for research; attribution: Cite DOU as the source with an active"
            + " link to https://dou.ua/"
      },
      {
        "so-survey-2016",
        "2016",
        "ODbL 1.0 (database) / DbCL 1.0 (contents); attribution: Stack"
            + " Overflow Developer Survey 2016, Stack Exchange Inc., under ODbL 1.0:"
            + " https://survey.stackoverflow.co/2016"
      }
    };
    double[] premiums = {-0.20, -0.205};
    for (int e = 0; e < editions.length; e++) {
      EditionKey key = new EditionKey(editions[e][0], editions[e][1]);
      List<PayRecord> rows = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        double wobble = 1 + 0.002 * ((i % 4) - 1.5);
        rows.add(record(key, RoleFamily.FRONTEND, i, 50_000 * wobble * (1 + 0.05 * (i % 10))));
        rows.add(
            record(
                key,
                RoleFamily.BACKEND,
                i,
                50_000 * Math.exp(premiums[e]) * wobble * (1 + 0.05 * (i % 10))));
      }
      records.put(key, rows);
      citations.put(
          key,
          new SourceCitation(
              "Survey " + key,
              "Publisher " + e,
              editions[e][2],
              "role",
              "pay",
              "net pay",
              List.of(
                  new CitedFile("f.csv", "f" + e + ".csv", "ab".repeat(32), "fmt", 120, 120, 0))));
    }
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return List.copyOf(records.keySet());
      }

      @Override
      public List<PayRecord> records(EditionKey key) {
        return records.getOrDefault(key, List.of());
      }

      @Override
      public SourceCitation citation(EditionKey key) {
        return citations.get(key);
      }

      @Override
      public String version() {
        return "test";
      }
    };
  }

  private static PayRecord record(EditionKey key, RoleFamily role, int i, double annual) {
    PublishedPay pay =
        new PublishedPay(
            annual, "USD", PayPeriod.YEAR, TaxBasis.NET, PayScope.BASE, Optional.empty());
    return new PayRecord(
        key.datasetId(),
        key.edition(),
        Integer.parseInt(key.edition().substring(0, 4)),
        role.id() + i,
        role,
        role.displayName(),
        List.of(),
        Seniority.UNKNOWN,
        OptionalDouble.of(1 + 1.5 * (i % 10)),
        Employment.FULL_TIME,
        Profession.NOT_RECORDED,
        new Location(Optional.of("UA"), Optional.empty(), Optional.empty()),
        List.of(),
        List.of(),
        pay,
        annual,
        annual,
        1,
        OptionalDouble.empty(),
        1,
        Map.of());
  }

  @Test
  void aContradictedClaimReadsAsContradicted() {
    ClaimVerdict frontend = result.claims().verdicts().get(0);
    assertThat(frontend.claim().id()).isEqualTo("backend-over-frontend");
    assertThat(frontend.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(markdown)
        .contains(
            "- **Frontend Developers:** The article says: “Back-end developers earn more than"
                + " front-end developers.” **Verdict: contradicted.** The data contradict it.");
    assertThat(markdown).doesNotContain("**Verdict: supported.**");
  }

  @Test
  void aClaimNoDatasetCanTestSaysSoAndWhatWouldDecideIt() {
    ClaimVerdict hubs = result.claims().verdicts().get(5);
    assertThat(hubs.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(markdown)
        .contains(
            "**Location:** The article says: “"
                + hubs.claim().text()
                + "” **Verdict: no data.** No dataset at hand can test it. "
                + hubs.claim().wouldDecide());
  }

  @Test
  void theArticleKeepsTheSeedsFrontMatterAndHeadings() {
    List<String> lines = markdown.lines().toList();
    assertThat(lines.get(0)).isEqualTo("---");
    List<String> keys = new ArrayList<>();
    for (String line : lines.subList(1, 7)) {
      keys.add(line.substring(0, line.indexOf(':')));
    }
    assertThat(keys).containsExactly("title", "published", "date", "tags", "summary", "readTime");
    assertThat(lines.get(7)).isEqualTo("---");
    assertThat(markdown)
        .contains("date: 2026-01-19 13:49:53 UTC")
        .contains("summary: The article's eight claims about backend pay, tested on 2 editions")
        .containsSubsequence(
            "### Backend Developer Salaries vs. Other Tech Roles",
            "### Why Backend Developers Get Paid More",
            "### Factors That Influence Backend Developer Salaries",
            "### Conclusion",
            "### Data and method");
    for (ClaimVerdict verdict : result.claims().verdicts()) {
      assertThat(markdown).contains("“" + verdict.claim().text() + "”");
      assertThat(markdown).contains("**Verdict: " + verdict.verdict().label() + ".**");
    }
  }

  @Test
  void everyDatasetIsAttributedAsItsLicenceAsks() {
    assertThat(markdown)
        .contains(
            "Cite DOU as the source with an active link to [https://dou.ua/](https://dou.ua/)")
        .contains("Stack Overflow Developer Survey 2016, Stack Exchange Inc., under ODbL 1.0")
        .contains(
            "[Open Database License (ODbL) 1.0](https://opendatacommons.org/licenses/odbl/1-0/)");
    String html = result.article().html();
    assertThat(html).contains("<a href=\"https://dou.ua/\">https://dou.ua/</a>");
  }

  @Test
  void everyChartTheTextShowsIsWrittenAndInlineInTheHtml() {
    Map<String, String> charts = result.article().charts();
    assertThat(charts)
        .containsKeys(
            "article-" + ArticleWriter.FOREST_FRONTEND,
            "article-" + ArticleWriter.FOREST_OTHERS,
            "article-" + ArticleWriter.EXPERIENCE);
    // No source spans several years here, so no role-share chart is drawn.
    assertThat(charts).doesNotContainKey("article-" + ArticleWriter.ROLE_SHARES);
    for (String name : charts.keySet()) {
      assertThat(markdown).contains("](" + name + ")");
    }
    String html = result.article().html();
    assertThat(html.split("<svg class=\"chart\"", -1)).hasSize(charts.size() + 1);
    assertThat(
            ArticleWriter.with(SETTINGS)
                .withChartPrefix("x-")
                .write(frontEndPaidMore(), NOW)
                .article()
                .charts())
        .containsKey("x-" + ArticleWriter.FOREST_FRONTEND);
  }
}
