package org.devpay.cli;

import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.PrivacyFloor;
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
          .withPrivacyFloor(new PrivacyFloor(minimumCellSize));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
