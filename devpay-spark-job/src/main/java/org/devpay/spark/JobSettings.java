package org.devpay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.model.RoleFamily;

/**
 * The options of a job as plain values, so that every task builds the same core {@link
 * AnswerSettings} and {@link Comparison} as the driver (core's types are not serializable).
 *
 * @param resamples bootstrap resamples
 * @param seed bootstrap seed
 * @param confidence interval confidence
 * @param population population id (professional, all)
 * @param k privacy floor
 * @param focal the compared role's id (compare only, else "")
 * @param versus the baseline roles' ids (empty: every other named role)
 * @param controls the controls' ids (empty: core's defaults)
 * @param decomposition whether the Oaxaca-Blinder split is computed
 */
record JobSettings(
    int resamples,
    long seed,
    double confidence,
    String population,
    int k,
    String focal,
    List<String> versus,
    List<String> controls,
    boolean decomposition)
    implements Serializable {
  JobSettings {
    versus = new ArrayList<>(versus);
    controls = new ArrayList<>(controls);
  }

  /** The settings as {@code devpay answer} builds them from the same options. */
  AnswerSettings settings() {
    AnswerSettings defaults = AnswerSettings.defaults();
    return defaults
        .withBootstrap(
            defaults.bootstrap().withResamples(resamples).withSeed(seed).withConfidence(confidence))
        .withPrivacyFloor(new PrivacyFloor(k))
        .withPopulation(PopulationFilter.parse(population));
  }

  /** The comparison as {@code devpay compare} builds it from the same options. */
  Comparison comparison() {
    RoleFamily role = RoleFamily.parse(focal).orElseThrow();
    RoleFamily[] others =
        versus.stream().map(v -> RoleFamily.parse(v).orElseThrow()).toArray(RoleFamily[]::new);
    Comparison comparison =
        Comparison.compare(role, others)
            .adjustingFor(
                controls.isEmpty()
                    ? Control.DEFAULTS
                    : controls.stream().map(c -> Control.parse(c).orElseThrow()).toList())
            .withSettings(settings());
    return decomposition ? comparison.withDecomposition() : comparison;
  }
}
