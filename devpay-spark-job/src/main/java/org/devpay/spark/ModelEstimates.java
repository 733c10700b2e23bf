package org.devpay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.IntervalMethod;

/**
 * An edition's log premium (unadjusted or adjusted) as plain values, carried from the task that
 * computed it to the driver, which pools the editions with core's {@link PooledPremium} exactly as
 * {@code devpay compare} does. Core's {@link ModelEstimate} is not serializable; this is its
 * fields.
 */
record ModelEstimates(
    String edition,
    long studyRows,
    double estimate,
    double lower,
    double upper,
    double confidence,
    String method,
    int resamples,
    long seed,
    double standardError,
    double pValue,
    long rows,
    double observations,
    int parameters,
    double rSquared,
    List<String> droppedColumns,
    String covariance)
    implements Serializable {
  ModelEstimates {
    droppedColumns = new ArrayList<>(droppedColumns);
  }

  static Optional<ModelEstimates> of(String edition, long studyRows, Optional<ModelEstimate> e) {
    return e.map(
        m ->
            new ModelEstimates(
                edition,
                studyRows,
                m.logPremium().estimate(),
                m.logPremium().lower(),
                m.logPremium().upper(),
                m.logPremium().confidence(),
                m.logPremium().method().name(),
                m.logPremium().resamples(),
                m.logPremium().seed(),
                m.standardError(),
                m.pValue(),
                m.rows(),
                m.observations(),
                m.parameters(),
                m.rSquared(),
                m.droppedColumns(),
                m.covariance()));
  }

  /** The study core pools. */
  PooledPremium.Study study() {
    return new PooledPremium.Study(
        edition,
        new ModelEstimate(
            new Estimate(
                estimate,
                lower,
                upper,
                confidence,
                IntervalMethod.valueOf(method),
                resamples,
                seed),
            standardError,
            pValue,
            rows,
            observations,
            parameters,
            rSquared,
            droppedColumns,
            covariance),
        studyRows);
  }
}
