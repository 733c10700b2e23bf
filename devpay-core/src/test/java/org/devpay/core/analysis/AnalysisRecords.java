package org.devpay.core.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;

/** Hand-made USD pay records for analysis tests: only what a test sets differs from a default. */
final class AnalysisRecords {
  private String datasetId = "so-survey-2024";
  private int year = 2024;
  private RoleFamily role = RoleFamily.OTHER;
  private String roleLabel = "";
  private Employment employment = Employment.FULL_TIME;
  private Optional<String> country = Optional.empty();
  private Optional<PayRange> range = Optional.empty();
  private final Map<String, String> attributes = new HashMap<>();
  private Profession profession = Profession.NOT_RECORDED;
  private List<String> selectedRoleLabels = List.of();

  static AnalysisRecords usd() {
    return new AnalysisRecords();
  }

  AnalysisRecords dataset(String id, int surveyYear) {
    datasetId = id;
    year = surveyYear;
    return this;
  }

  AnalysisRecords role(RoleFamily family, String label) {
    role = family;
    roleLabel = label;
    return this;
  }

  AnalysisRecords employment(Employment value) {
    employment = value;
    return this;
  }

  AnalysisRecords country(String alpha2) {
    country = Optional.of(alpha2);
    return this;
  }

  AnalysisRecords attribute(String key, String value) {
    attributes.put(key, value);
    return this;
  }

  AnalysisRecords profession(Profession value) {
    profession = value;
    return this;
  }

  AnalysisRecords selectedRoles(String... labels) {
    selectedRoleLabels = List.of(labels);
    return this;
  }

  AnalysisRecords bin(double lower, OptionalDouble upper) {
    range = Optional.of(new PayRange(lower, upper, "bin from " + lower));
    return this;
  }

  PayRecord pay(double annualUsd) {
    return new PayRecord(
        datasetId,
        Integer.toString(year),
        year,
        "r" + annualUsd + roleLabel + attributes + profession + selectedRoleLabels,
        role,
        roleLabel,
        selectedRoleLabels,
        Seniority.UNKNOWN,
        OptionalDouble.empty(),
        employment,
        profession,
        new Location(country, Optional.empty(), Optional.empty()),
        List.of(),
        List.of(),
        new PublishedPay(annualUsd, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.TOTAL, range),
        annualUsd,
        annualUsd,
        1,
        OptionalDouble.empty(),
        1,
        attributes);
  }
}
