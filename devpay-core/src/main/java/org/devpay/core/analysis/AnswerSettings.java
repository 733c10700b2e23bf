package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.Bootstrap;
import org.devpay.core.stats.QuantileMethod;

/**
 * How the main answer is computed; recorded in its output so every figure can be reproduced.
 *
 * @param bootstrap resamples, seed and confidence of the intervals
 * @param screen the outlier screen behind the "screened" view
 * @param privacyFloor the minimum cell size
 * @param quantileMethod the quantile definition (always type 7)
 * @param population whom the answer is about (default: developers by profession, full time)
 */
public record AnswerSettings(
    Bootstrap bootstrap,
    OutlierScreen screen,
    PrivacyFloor privacyFloor,
    QuantileMethod quantileMethod,
    PopulationFilter population) {
  public AnswerSettings {
    requireNonNull(bootstrap, "bootstrap is null");
    requireNonNull(screen, "screen is null");
    requireNonNull(privacyFloor, "privacyFloor is null");
    requireNonNull(quantileMethod, "quantileMethod is null");
    requireNonNull(population, "population is null");
  }

  /**
   * 2,000 seeded resamples, 95% intervals, log-Tukey screen with m = 3, k = 10, developers by
   * profession employed full time.
   */
  public static AnswerSettings defaults() {
    return new AnswerSettings(
        Bootstrap.withDefaults(),
        OutlierScreen.logTukeyFences(),
        PrivacyFloor.DEFAULT,
        QuantileMethod.HF7,
        PopulationFilter.PROFESSIONAL_FULL_TIME);
  }

  public AnswerSettings withBootstrap(Bootstrap value) {
    return new AnswerSettings(value, screen, privacyFloor, quantileMethod, population);
  }

  public AnswerSettings withPrivacyFloor(PrivacyFloor value) {
    return new AnswerSettings(bootstrap, screen, value, quantileMethod, population);
  }

  public AnswerSettings withPopulation(PopulationFilter value) {
    return new AnswerSettings(bootstrap, screen, privacyFloor, quantileMethod, value);
  }

  /**
   * The records an analysis studies of one whole edition: the population filter first (developers
   * by profession, full time, by default), then the outlier screen over what remains. Every
   * analysis of an edition starts here, so they all look at the same people.
   */
  public List<PayRecord> studied(List<PayRecord> records) {
    return screen.apply(population.apply(records).kept()).kept();
  }

  /**
   * The studied records of every edition of the data, in edition order, the population filter and
   * the screen run over each whole edition before the data's own restriction (a record filter): for
   * analyses that run many comparisons over the same editions (factors), each edition is screened
   * once, and the disclosure control sees the cells of whole editions.
   */
  StudiedEditions studied(PayData data) {
    return StudiedEditions.of(this, data);
  }
}
