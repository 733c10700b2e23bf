package org.devpay.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.Dimension;

/**
 * The criteria of the {@link RecordFilter}, declared once: each names its command-line option
 * ({@code --id}), its query parameter and its key in output, says what it selects, checks and
 * canonicalizes a value, and reads a record's values. The CLI's options, the API's parameters, its
 * OpenAPI document and the values the dashboard offers are all derived from this list, so they
 * cannot drift apart.
 */
public enum FilterCriterion {
  DATASET(
      "dataset",
      "ID",
      "Only this dataset",
      "Only this dataset (an id listed by GET /api/datasets).",
      "it-salary-survey-eu",
      Optional.empty()),
  EDITION(
      "edition",
      "EDITION",
      "Only this edition",
      "Only editions with this label (of the dataset, when one is given).",
      "2020",
      Optional.empty()),
  COUNTRY(
      "country",
      "CC",
      "Only this country (ISO alpha-2)",
      "Only respondents working in this country (ISO 3166-1 alpha-2, case-insensitive).",
      "DE",
      Optional.of(QueryDimensions.COUNTRY)),
  METRO(
      "metro",
      "NAME",
      "Only this metro area",
      "Only respondents in this metro area (exact name, as listed by GET /api/datasets).",
      "Berlin",
      Optional.of(QueryDimensions.METRO)),
  SENIORITY(
      "seniority",
      "LEVEL",
      "Only this seniority",
      "Only respondents of this seniority.",
      "senior",
      Optional.of(QueryDimensions.SENIORITY)),
  INDUSTRY(
      "industry",
      "ID",
      "Only this industry id",
      "Only respondents in this industry (a canonical industry id).",
      "fintech",
      Optional.of(QueryDimensions.INDUSTRY)),
  SKILL(
      "skill",
      "ID",
      "Only this skill id",
      "Only respondents listing this skill (a canonical skill id).",
      "java",
      Optional.of(QueryDimensions.SKILL));

  private final String id;
  private final String valueLabel;
  private final String summary;
  private final String description;
  private final String example;
  private final Optional<Dimension> dimension;

  FilterCriterion(
      String id,
      String valueLabel,
      String summary,
      String description,
      String example,
      Optional<Dimension> dimension) {
    this.id = id;
    this.valueLabel = valueLabel;
    this.summary = summary;
    this.description = description;
    this.example = example;
    this.dimension = dimension;
  }

  /** The name of the option (without "--"), of the query parameter and of the output key. */
  public String id() {
    return id;
  }

  /** What a value is, in a usage line ("CC", "ID"). */
  public String valueLabel() {
    return valueLabel;
  }

  /** One line for command-line help, naming the fixed values when there are. */
  public String summary() {
    return allowed().isEmpty()
        ? summary + "."
        : summary + ": " + String.join(", ", allowed()) + ".";
  }

  /** What the criterion selects, for the API's documentation. */
  public String description() {
    return description;
  }

  /** A value that works on the shipped datasets. */
  public String example() {
    return example;
  }

  /** The fixed values a criterion accepts (empty: the data's values). */
  public List<String> allowed() {
    return this == SENIORITY
        ? Arrays.stream(Seniority.values()).map(Seniority::id).toList()
        : List.of();
  }

  /**
   * The characteristic of a record the criterion selects on; empty for dataset and edition, which
   * choose editions rather than records within one.
   */
  public Optional<Dimension> dimension() {
    return dimension;
  }

  /** Whether the criterion selects records within an edition (not dataset or edition). */
  public boolean withinEdition() {
    return dimension.isPresent();
  }

  /** The criteria that select records within an edition, in declaration order. */
  public static List<FilterCriterion> inEdition() {
    return Arrays.stream(values()).filter(FilterCriterion::withinEdition).toList();
  }

  /**
   * A value in canonical form: a country code upper-cased, a seniority as its id; other values as
   * given (the record filter checks their form, the caller whether the data holds them).
   *
   * @throws DevpayException USER_INPUT for a seniority devpay does not know
   */
  public String canonical(String value) {
    return switch (this) {
      case COUNTRY -> value.toUpperCase(Locale.ROOT);
      case SENIORITY ->
          Seniority.parse(value)
              .map(Seniority::id)
              .orElseThrow(
                  () ->
                      new DevpayException(
                          ErrorCategory.USER_INPUT,
                          "unknown seniority '"
                              + value
                              + "'; accepted: "
                              + String.join(", ", allowed())));
      default -> value;
    };
  }
}
