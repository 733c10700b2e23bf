package org.devpay.cli;

import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import picocli.CommandLine.Option;

/** The options that tune how figures are computed, shared by every command that computes them. */
final class AnswerSettingsOptions {
  @Option(
      names = "--resamples",
      defaultValue = "2000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "20250119",
      description =
          "Bootstrap seed; the same seed reproduces every interval (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Interval confidence level (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--population",
      paramLabel = "professional|all",
      defaultValue = "professional",
      description =
          "Whom the figures are about: 'professional' keeps developers by profession employed full"
              + " time (rows known to be otherwise are removed, and counted); 'all' keeps every row"
              + " with pay (default: ${DEFAULT-VALUE}).")
  String population;

  @Option(
      names = "--k",
      defaultValue = "10",
      description =
          "Privacy floor: minimum respondents per published cell (default: ${DEFAULT-VALUE}).")
  int minimumCellSize;

  AnswerSettings settings() {
    try {
      AnswerSettings defaults = AnswerSettings.defaults();
      return defaults
          .withBootstrap(
              defaults
                  .bootstrap()
                  .withResamples(resamples)
                  .withSeed(seed)
                  .withConfidence(confidence))
          .withPrivacyFloor(new PrivacyFloor(minimumCellSize))
          .withPopulation(PopulationFilter.parse(population));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
