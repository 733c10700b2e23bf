package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One accepted row as a source adapter reads it: the respondent's answers in the source's own words
 * (labels, free text), with only the pay amount parsed. The normalizer turns it into a {@link
 * PayRecord}; keeping the raw words here is what lets every taxonomy be a reviewed table.
 *
 * @param datasetId catalog id of the dataset, such as "dou-ua"
 * @param edition the published edition the file belongs to, such as "2025-06" or "2019"
 * @param year the survey year (wave), or the record's own year where a file spans years
 * @param respondentKey the respondent's key within the file (a published id or the row number)
 * @param publishedKey whether the key is an id the source publishes (then it identifies the
 *     respondent across files of the edition, and a second row with it is a duplicate), not the row
 *     number
 * @param rowNumber 1-based number of the data row in the file (the header is row 0)
 * @param roleLabel the primary role as published ("" when the source gives none)
 * @param roleLabels every role the respondent selected, in published order (multi-select sources)
 * @param multiSelectRoles whether the survey let the respondent select several roles (then the
 *     record counts under every one of roleLabels in the all-roles mode)
 * @param seniorityLabel seniority as published ("" when absent)
 * @param experienceText years of experience as published ("5", "6 - 10 years"; "" when absent)
 * @param employmentLabel employment status as published ("" when absent)
 * @param profession whether the respondent says they are a developer by profession ({@link
 *     Profession#NOT_RECORDED} when the survey does not ask or they did not answer)
 * @param countryText country as published: a name or a code ("" when absent)
 * @param cityText city or location as published ("" when absent)
 * @param industryLabels industries as published (empty when absent)
 * @param skillLabels languages, platforms and tools as published (empty when absent)
 * @param pay the published pay; amount already parsed and positive
 * @param baseAmount base pay in the same currency and period, when the published pay is total
 *     compensation and the source also publishes base pay
 * @param weight frequency weight: how many respondents the row stands for (1 for survey rows)
 * @param attributes further source-specific answers worth keeping, sorted by key so output is
 *     reproducible (company size, ...)
 * @param statedRole the role family the source states outright for this row (a user's mapping file
 *     maps its role labels to families), which the normalizer takes instead of classifying the
 *     label; empty for every published format, whose labels go through the role taxonomy
 */
public record RawRecord(
    String datasetId,
    String edition,
    int year,
    String respondentKey,
    boolean publishedKey,
    long rowNumber,
    String roleLabel,
    List<String> roleLabels,
    boolean multiSelectRoles,
    String seniorityLabel,
    String experienceText,
    String employmentLabel,
    Profession profession,
    String countryText,
    String cityText,
    List<String> industryLabels,
    List<String> skillLabels,
    PublishedPay pay,
    OptionalDouble baseAmount,
    double weight,
    Map<String, String> attributes,
    Optional<RoleFamily> statedRole) {
  public RawRecord {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(respondentKey, "respondentKey is null");
    requireNonNull(roleLabel, "roleLabel is null");
    roleLabels = List.copyOf(roleLabels);
    requireNonNull(seniorityLabel, "seniorityLabel is null");
    requireNonNull(experienceText, "experienceText is null");
    requireNonNull(employmentLabel, "employmentLabel is null");
    requireNonNull(profession, "profession is null");
    requireNonNull(countryText, "countryText is null");
    requireNonNull(cityText, "cityText is null");
    industryLabels = List.copyOf(industryLabels);
    skillLabels = List.copyOf(skillLabels);
    requireNonNull(pay, "pay is null");
    requireNonNull(baseAmount, "baseAmount is null");
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    requireNonNull(statedRole, "statedRole is null");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and > 0: " + weight);
    }
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be >= 1: " + rowNumber);
    }
  }

  /** Starts a builder; adapters fill only what their format has. */
  public static Builder builder(String datasetId, String edition, int year, long rowNumber) {
    return new Builder(datasetId, edition, year, rowNumber);
  }

  /** Builds a {@link RawRecord} with empty defaults for what a source does not publish. */
  public static final class Builder {
    private final String datasetId;
    private final String edition;
    private final int year;
    private final long rowNumber;
    private String respondentKey;
    private boolean publishedKey;
    private String roleLabel = "";
    private List<String> roleLabels = List.of();
    private boolean multiSelectRoles;
    private String seniorityLabel = "";
    private String experienceText = "";
    private String employmentLabel = "";
    private Profession profession = Profession.NOT_RECORDED;
    private String countryText = "";
    private String cityText = "";
    private List<String> industryLabels = List.of();
    private List<String> skillLabels = List.of();
    private PublishedPay pay;
    private OptionalDouble baseAmount = OptionalDouble.empty();
    private double weight = 1;
    private Map<String, String> attributes = Map.of();
    private Optional<RoleFamily> statedRole = Optional.empty();

    private Builder(String datasetId, String edition, int year, long rowNumber) {
      this.datasetId = datasetId;
      this.edition = edition;
      this.year = year;
      this.rowNumber = rowNumber;
      this.respondentKey = Long.toString(rowNumber);
    }

    /** Sets the respondent's published id (without it the key is the row number). */
    public Builder respondentKey(String value) {
      this.respondentKey = value;
      this.publishedKey = true;
      return this;
    }

    /** Sets the primary role label, and the list of all roles to just that label if unset. */
    public Builder roleLabel(String value) {
      this.roleLabel = value.strip();
      if (roleLabels.isEmpty() && !roleLabel.isEmpty()) {
        roleLabels = List.of(roleLabel);
      }
      return this;
    }

    public Builder roleLabels(List<String> values) {
      this.roleLabels = values;
      return this;
    }

    /** Says that the survey let the respondent select several roles (all in roleLabels). */
    public Builder multiSelectRoles(boolean value) {
      this.multiSelectRoles = value;
      return this;
    }

    /** Sets the respondent's answer to "are you a developer by profession?". */
    public Builder profession(Profession value) {
      this.profession = value;
      return this;
    }

    public Builder seniorityLabel(String value) {
      this.seniorityLabel = value.strip();
      return this;
    }

    public Builder experienceText(String value) {
      this.experienceText = value.strip();
      return this;
    }

    public Builder employmentLabel(String value) {
      this.employmentLabel = value.strip();
      return this;
    }

    public Builder countryText(String value) {
      this.countryText = value.strip();
      return this;
    }

    public Builder cityText(String value) {
      this.cityText = value.strip();
      return this;
    }

    public Builder industryLabels(List<String> values) {
      this.industryLabels = values;
      return this;
    }

    public Builder skillLabels(List<String> values) {
      this.skillLabels = values;
      return this;
    }

    public Builder pay(PublishedPay value) {
      this.pay = value;
      return this;
    }

    public Builder baseAmount(double value) {
      this.baseAmount = OptionalDouble.of(value);
      return this;
    }

    public Builder weight(double value) {
      this.weight = value;
      return this;
    }

    public Builder attributes(Map<String, String> values) {
      this.attributes = values;
      return this;
    }

    /** The role family the source states for this row, overriding the role taxonomy. */
    public Builder statedRole(RoleFamily value) {
      this.statedRole = Optional.of(value);
      return this;
    }

    public RawRecord build() {
      return new RawRecord(
          datasetId,
          edition,
          year,
          respondentKey,
          publishedKey,
          rowNumber,
          roleLabel,
          roleLabels,
          multiSelectRoles,
          seniorityLabel,
          experienceText,
          employmentLabel,
          profession,
          countryText,
          cityText,
          industryLabels,
          skillLabels,
          pay,
          baseAmount,
          weight,
          attributes,
          statedRole);
    }
  }

  /** An absent optional text: convenience for adapters. */
  public static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
