package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.devpay.core.stats.Estimate;
import org.junit.jupiter.api.Test;

class PayTrendsTest {
  @Test
  void shareIntervalsAreWilsonScoreIntervals() {
    Estimate share = PayTrends.wilson(17, 120, 0.95);
    // statsmodels 0.13.5: proportion_confint(17, 120, alpha=0.05, method='wilson')
    assertThat(share.estimate()).isEqualTo(17.0 / 120);
    assertThat(share.lower()).isCloseTo(0.09036879103483235, within(1e-9));
    assertThat(share.upper()).isCloseTo(0.21519494489857183, within(1e-9));
  }

  @Test
  void editionsOfOneSurveyAcrossYearsFormOneSource() {
    assertThat(PayTrends.sourceOf("so-survey-2016")).isEqualTo("so-survey");
    assertThat(PayTrends.sourceOf("so-survey-2017")).isEqualTo("so-survey");
    assertThat(PayTrends.sourceOf("it-salary-survey-eu")).isEqualTo("it-salary-survey-eu");
  }
}
