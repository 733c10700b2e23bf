package org.devpay.cli;

import java.util.Optional;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Seniority;
import picocli.CommandLine.Option;

/** The record filter options (as the API's filter parameters), applied before any figure. */
final class FilterOptions {
  @Option(names = "--dataset", paramLabel = "ID", description = "Only this dataset.")
  String dataset;

  @Option(names = "--edition", paramLabel = "EDITION", description = "Only this edition.")
  String edition;

  @Option(names = "--country", paramLabel = "CC", description = "Only this country (ISO alpha-2).")
  String country;

  @Option(names = "--metro", paramLabel = "NAME", description = "Only this metro area.")
  String metro;

  @Option(
      names = "--seniority",
      paramLabel = "LEVEL",
      description = "Only this seniority: junior, middle, senior, lead, unknown.")
  String seniority;

  @Option(names = "--industry", paramLabel = "ID", description = "Only this industry id.")
  String industry;

  @Option(names = "--skill", paramLabel = "ID", description = "Only this skill id.")
  String skill;

  RecordFilter filter() {
    try {
      return new RecordFilter(
          Optional.ofNullable(dataset),
          Optional.ofNullable(edition),
          Optional.ofNullable(country),
          Optional.ofNullable(metro),
          Optional.ofNullable(seniority)
              .map(
                  s ->
                      Seniority.parse(s)
                          .orElseThrow(
                              () ->
                                  new DevpayException(
                                      ErrorCategory.USER_INPUT,
                                      "--seniority must be junior, middle, senior, lead or"
                                          + " unknown: "
                                          + s))),
          Optional.ofNullable(industry),
          Optional.ofNullable(skill));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
