package org.devpay.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;

/**
 * A small deterministic normalizer for store tests: a fixed rate table (a currency without a rate
 * is rejected with NO_EXCHANGE_RATE), role and seniority parsed from their ids, labels lower-cased.
 * A plain function standing in for the real normalizer, which the lead wires in after merge.
 */
final class RateTableNormalizer implements Normalizer {
  /** US dollars per unit; made-up round numbers, not real rates. */
  static final Map<String, Double> USD_PER_UNIT = Map.of("USD", 1.0, "EUR", 1.25, "UAH", 0.025);

  @Override
  public NormalizationResult normalize(RawRecord raw) {
    Double rate = USD_PER_UNIT.get(raw.pay().currency());
    if (rate == null) {
      return new NormalizationResult.Rejected(
          new Rejection(
              raw.rowNumber(),
              RejectReason.NO_EXCHANGE_RATE,
              "no rate for " + raw.pay().currency() + " in " + raw.year(),
              raw.respondentKey() + Rejection.FIELD_SEPARATOR + raw.pay().currency()));
    }
    double annualLocal = raw.pay().annualAmount();
    return new NormalizationResult.Accepted(
        new PayRecord(
            raw.datasetId(),
            raw.edition(),
            raw.year(),
            raw.respondentKey(),
            RoleFamily.parse(raw.roleLabel()).orElse(RoleFamily.OTHER),
            raw.roleLabel(),
            List.of(),
            Seniority.parse(raw.seniorityLabel()).orElse(Seniority.UNKNOWN),
            years(raw.experienceText()),
            Employment.FULL_TIME,
            Profession.NOT_RECORDED,
            new Location(
                raw.countryText().matches("[A-Z]{2}")
                    ? Optional.of(raw.countryText())
                    : Optional.empty(),
                RawRecord.text(raw.cityText()),
                Optional.empty()),
            lowerCase(raw.industryLabels()),
            lowerCase(raw.skillLabels()),
            raw.pay(),
            annualLocal,
            annualLocal * rate,
            rate,
            OptionalDouble.empty(),
            raw.weight(),
            raw.attributes()));
  }

  private static OptionalDouble years(String text) {
    try {
      return text.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private static List<String> lowerCase(List<String> labels) {
    return labels.stream().map(label -> label.toLowerCase(Locale.ROOT)).toList();
  }
}
