package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.TaxBasis;
import org.devpay.report.StandingDocument;

/**
 * GET /api/standing: where a stated pay stands among comparable respondents, per dataset edition
 * that can answer the profile (the {@code devpay standing --format json} document). It reads the
 * estimator of {@link EstimateResource} (models fitted once per data version), and every share it
 * returns went through the locator's disclosure control in core.
 */
final class StandingResource implements Resource {
  private final EstimateResource estimates;
  private final AtomicReference<PayLocator> locator = new AtomicReference<>();

  StandingResource(EstimateResource estimates) {
    this.estimates = requireNonNull(estimates, "estimates is null");
  }

  private static final List<String> CURRENCIES =
      List.copyOf(ExchangeRates.fromResources().currencies());

  static final Parameter PAY =
      new Parameter(
          "pay",
          Parameter.Location.QUERY,
          true,
          "The pay to place, per period: a positive number (65000).",
          List.of(),
          "65000",
          (value, snapshot) -> {
            double pay;
            try {
              pay = Double.parseDouble(value);
            } catch (NumberFormatException e) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "pay must be a positive number: '" + value + "'");
            }
            if (!(pay > 0) || Double.isInfinite(pay) || pay > 1e12) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "pay must be a positive number: '" + value + "'");
            }
            return pay == Math.rint(pay) ? Long.toString((long) pay) : Double.toString(pay);
          });

  static final Parameter CURRENCY =
      new Parameter(
          "currency",
          Parameter.Location.QUERY,
          true,
          "Its currency (ISO 4217, case-insensitive), one devpay has yearly average rates for.",
          CURRENCIES,
          "EUR",
          (value, snapshot) -> {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!CURRENCIES.contains(code)) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT,
                  "unknown currency '"
                      + value
                      + "'; devpay has yearly average rates for "
                      + String.join(", ", CURRENCIES));
            }
            return code;
          });

  static final Parameter PERIOD =
      new Parameter(
          "period",
          Parameter.Location.QUERY,
          false,
          "What the amount is for: a year (default) or a month.",
          List.of("year", "month"),
          "year",
          lowerCaseOneOf("period", List.of("year", "month")));

  static final Parameter PAY_YEAR =
      new Parameter(
          "pay_year",
          Parameter.Location.QUERY,
          false,
          "The year whose money the pay is in (default: the latest year devpay's consumer price"
              + " index covers).",
          List.of(),
          "2024",
          (value, snapshot) -> {
            try {
              int year = Integer.parseInt(value.strip());
              if (year >= 1990 && year <= 2100) {
                return Integer.toString(year);
              }
            } catch (NumberFormatException e) {
              // refused below
            }
            throw new DevpayException(
                ErrorCategory.USER_INPUT, "pay_year must be a year from 1990 to 2100: " + value);
          });

  static final Parameter BASIS =
      new Parameter(
          "basis",
          Parameter.Location.QUERY,
          false,
          "Only editions that publish pay on this basis (gross or net); without it each edition"
              + " reads the pay on its own basis and says which.",
          List.of("gross", "net"),
          "gross",
          lowerCaseOneOf("basis", List.of("gross", "net")));

  static final Parameter SCOPE =
      new Parameter(
          "scope",
          Parameter.Location.QUERY,
          false,
          "Only editions that publish this pay: base salary or total compensation.",
          List.of("base", "total"),
          "base",
          lowerCaseOneOf("scope", List.of("base", "total")));

  private static Parameter.Rule lowerCaseOneOf(String what, List<String> accepted) {
    return (value, snapshot) -> {
      String text = value.strip().toLowerCase(Locale.ROOT);
      if (!accepted.contains(text)) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            what + " must be one of " + String.join(", ", accepted) + ": '" + value + "'");
      }
      return text;
    };
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/standing",
        "Where does a pay stand among comparable respondents?",
        "Per dataset edition whose comparable cell (same role and place) holds at least k"
            + " respondents: the pay as the edition reads it (annual, adjusted by consumer prices"
            + " to the survey year, converted at the survey year's average rate, on the edition's"
            + " own basis), the share of comparable respondents paid less from the estimator's"
            + " predictive distribution with a 95% interval, the comparable cell's own share where"
            + " the cell is large enough, the distribution's band edges, the estimate's P10, P50"
            + " and P90, and a sentence. Shares are published as bands that each hold k rows or"
            + " more, from a smoothed distribution (docs/privacy.md, section 'The pay locator'). 404 when no edition"
            + " can answer.",
        List.of(
            PAY,
            CURRENCY,
            PERIOD,
            PAY_YEAR,
            BASIS,
            SCOPE,
            EstimateResource.ROLE,
            EstimateResource.YEARS,
            EstimateResource.SENIORITY,
            EstimateResource.COUNTRY,
            EstimateResource.METRO,
            EstimateResource.INDUSTRY,
            EstimateResource.SKILLS,
            FilterParameters.DATASET,
            FilterParameters.EDITION),
        Caching.BY_DATA_VERSION,
        List.of(400, 404),
        "Standing");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    ValidatedQuery query = request.query();
    PayLocator current = locator(estimates.estimator(snapshot));
    Profile profile;
    StatedPay pay;
    try {
      profile = EstimateResource.profile(query);
      String currency = query.get("currency").orElseThrow();
      pay =
          new StatedPay(
              Double.parseDouble(query.get("pay").orElseThrow()),
              currency,
              query.get("period").map("month"::equals).orElse(false)
                  ? PayPeriod.MONTH
                  : PayPeriod.YEAR,
              query.get("pay_year").map(Integer::parseInt).orElse(current.defaultPayYear(currency)),
              query.get("basis").map(b -> TaxBasis.valueOf(b.toUpperCase(Locale.ROOT))),
              query.get("scope").map(s -> PayScope.valueOf(s.toUpperCase(Locale.ROOT))));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    EditionScope scope = new EditionScope(query.get("dataset"), query.get("edition"));
    StandingResult result = current.locate(profile, scope, pay);
    ObjectNode document = StandingDocument.render(result);
    document.put("data_version", snapshot.version());
    return Response.json(document);
  }

  /** The locator over the current estimator (a new one when the data version changed). */
  private PayLocator locator(Estimator estimator) {
    return locator.updateAndGet(
        current ->
            current != null && current.estimator() == estimator ? current : fresh(estimator));
  }

  private static PayLocator fresh(Estimator estimator) {
    return new PayLocator(estimator);
  }
}
