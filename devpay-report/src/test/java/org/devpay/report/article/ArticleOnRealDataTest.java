package org.devpay.report.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.EffectVerdict;
import org.devpay.core.claims.Verdict;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.report.RealSurveysAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article written from the four real IT Salary Survey EU editions: each claim is answered by
 * the verdict the claims evaluation gave it, each effect with a figure states that evaluation's n,
 * every edition's dataset is named, and the HTML page carries the same verdicts.
 */
class ArticleOnRealDataTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(100));

  private static PayData data;
  private static ArticleWriter.Result result;
  private static String markdown;
  private static String html;

  @BeforeAll
  static void write() {
    data = RealSurveysAccess.euEditions();
    result = ArticleWriter.with(SETTINGS).write(data, Instant.parse("2026-12-07T00:00:00Z"));
    markdown = result.article().markdown(Article.ChartLinks.FILES);
    html = result.article().html();
  }

  @Test
  void everyClaimIsAnsweredByItsEvaluatedVerdictWithItsFigures() {
    assertThat(result.claims().verdicts()).hasSize(8);
    for (ClaimVerdict verdict : result.claims().verdicts()) {
      assertThat(markdown)
          .contains(
              "“" + verdict.claim().text() + "” **Verdict: " + verdict.verdict().label() + ".**");
      assertThat(html).contains("Verdict: " + verdict.verdict().label() + ".");
      if (verdict.verdict() == Verdict.NO_DATA) {
        continue;
      }
      for (EffectVerdict effect : verdict.effects()) {
        if (effect.value().isPresent()) {
          assertThat(markdown).contains(String.format(Locale.ROOT, "n = %,d in ", effect.rows()));
        }
      }
    }
  }

  @Test
  void everyEditionsDatasetIsNamed() {
    for (EditionKey key : data.editions()) {
      assertThat(markdown).contains(data.citation(key).title());
    }
  }

  @Test
  void theHtmlPageHasNoScriptAndFetchesNothing() {
    assertThat(html).doesNotContain("<script").doesNotContain("src=\"http");
  }
}
