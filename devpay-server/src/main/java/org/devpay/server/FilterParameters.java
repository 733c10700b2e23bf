package org.devpay.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Seniority;

/**
 * The record filter as query parameters, shared by every resource that computes figures: each
 * criterion of {@link RecordFilter} is one parameter, validated against the values the data holds
 * (a value must reach the privacy floor in at least one edition to be offered or accepted).
 */
final class FilterParameters {
  private FilterParameters() {}

  static final Parameter DATASET =
      new Parameter(
          "dataset",
          Parameter.Location.QUERY,
          false,
          "Only this dataset (an id listed by GET /api/datasets).",
          List.of(),
          "it-salary-survey-eu",
          Parameter.oneOf("dataset", Snapshot::datasetIds));

  static final Parameter EDITION =
      new Parameter(
          "edition",
          Parameter.Location.QUERY,
          false,
          "Only editions with this label (of the dataset, when one is given).",
          List.of(),
          "2020",
          Parameter.oneOf("edition", snapshot -> snapshot.editionLabels(null)));

  static final Parameter COUNTRY =
      new Parameter(
          "country",
          Parameter.Location.QUERY,
          false,
          "Only respondents working in this country (ISO 3166-1 alpha-2, case-insensitive).",
          List.of(),
          "DE",
          (value, snapshot) ->
              Parameter.oneOf("country", s -> s.facetValues("country"))
                  .check(value.toUpperCase(Locale.ROOT), snapshot));

  static final Parameter METRO =
      new Parameter(
          "metro",
          Parameter.Location.QUERY,
          false,
          "Only respondents in this metro area (exact name, as listed by GET /api/datasets).",
          List.of(),
          "Berlin",
          Parameter.oneOf("metro", s -> s.facetValues("metro")));

  static final Parameter SENIORITY =
      new Parameter(
          "seniority",
          Parameter.Location.QUERY,
          false,
          "Only respondents of this seniority.",
          Arrays.stream(Seniority.values()).map(Seniority::id).toList(),
          "senior",
          (value, snapshot) ->
              Seniority.parse(value)
                  .map(Seniority::id)
                  .orElseThrow(
                      () ->
                          new DevpayException(
                              ErrorCategory.USER_INPUT,
                              "unknown seniority '"
                                  + value
                                  + "'; accepted: "
                                  + String.join(
                                      ", ",
                                      Arrays.stream(Seniority.values())
                                          .map(Seniority::id)
                                          .toList()))));

  static final Parameter INDUSTRY =
      new Parameter(
          "industry",
          Parameter.Location.QUERY,
          false,
          "Only respondents in this industry (a canonical industry id).",
          List.of(),
          "fintech",
          Parameter.oneOf("industry", s -> s.facetValues("industry")));

  static final Parameter SKILL =
      new Parameter(
          "skill",
          Parameter.Location.QUERY,
          false,
          "Only respondents listing this skill (a canonical skill id).",
          List.of(),
          "java",
          Parameter.oneOf("skill", s -> s.facetValues("skill")));

  /** Every filter parameter. */
  static List<Parameter> all() {
    return List.of(DATASET, EDITION, COUNTRY, METRO, SENIORITY, INDUSTRY, SKILL);
  }

  /** The filter parameters other than dataset and edition (for resources that name an edition). */
  static List<Parameter> withinEdition() {
    return List.of(COUNTRY, METRO, SENIORITY, INDUSTRY, SKILL);
  }

  /** The given parameters first, then the filters. */
  static List<Parameter> plus(List<Parameter> filters, Parameter... others) {
    List<Parameter> out = new ArrayList<>(Arrays.asList(others));
    out.addAll(filters);
    return out;
  }

  /** The record filter a validated query asks for. */
  static RecordFilter filter(ValidatedQuery query) {
    RecordFilter filter = RecordFilter.NONE;
    try {
      if (query.get("dataset").isPresent()) {
        filter = filter.withDataset(query.get("dataset").get());
      }
      if (query.get("edition").isPresent()) {
        filter = filter.withEdition(query.get("edition").get());
      }
      if (query.get("country").isPresent()) {
        filter = filter.withCountry(query.get("country").get());
      }
      if (query.get("metro").isPresent()) {
        filter = filter.withMetro(query.get("metro").get());
      }
      if (query.get("seniority").isPresent()) {
        filter = filter.withSeniority(Seniority.parse(query.get("seniority").get()).orElseThrow());
      }
      if (query.get("industry").isPresent()) {
        filter = filter.withIndustry(query.get("industry").get());
      }
      if (query.get("skill").isPresent()) {
        filter = filter.withSkill(query.get("skill").get());
      }
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    return filter;
  }
}
