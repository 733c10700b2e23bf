package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.Quantiles;
import org.devpay.core.stats.Sample;
import org.junit.jupiter.api.Test;

class RolePayAnswerTest {
  private static final double EUR_TO_USD = 1.12;

  static PayRecord record(RoleFamily role, double annualEur, TaxBasis basis, double weight) {
    PublishedPay pay =
        new PublishedPay(annualEur, "EUR", PayPeriod.YEAR, basis, PayScope.BASE, Optional.empty());
    return new PayRecord(
        "test-survey",
        "2019",
        2019,
        "k" + annualEur + role,
        role,
        role.displayName(),
        List.of(),
        Seniority.UNKNOWN,
        OptionalDouble.empty(),
        Employment.FULL_TIME,
        Profession.NOT_RECORDED,
        Location.UNKNOWN,
        List.of(),
        List.of(),
        pay,
        annualEur,
        annualEur * EUR_TO_USD,
        EUR_TO_USD,
        OptionalDouble.empty(),
        weight,
        Map.of());
  }

  private static List<PayRecord> lognormalRole(RoleFamily role, int n, double mu, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PayRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double z =
          Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
              * Math.cos(2 * Math.PI * random.nextDouble());
      out.add(record(role, Math.round(Math.exp(mu + 0.3 * z)), TaxBasis.GROSS, 1));
    }
    return out;
  }

  @Test
  void asPublishedQuartilesAreType7OnEachRolesAmounts() {
    List<PayRecord> records = new ArrayList<>();
    records.addAll(lognormalRole(RoleFamily.BACKEND, 300, Math.log(65000), 1));
    records.addAll(lognormalRole(RoleFamily.FRONTEND, 200, Math.log(55000), 2));
    records.addAll(lognormalRole(RoleFamily.FULLSTACK, 150, Math.log(64000), 3));
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records);

    double[] backend =
        records.stream()
            .filter(r -> r.role() == RoleFamily.BACKEND)
            .mapToDouble(PayRecord::annualLocal)
            .toArray();
    RoleCell cell =
        answer.asPublished().cells().stream()
            .filter(c -> c.role() == RoleFamily.BACKEND)
            .findFirst()
            .orElseThrow();
    assertThat(cell.n()).isEqualTo(300);
    assertThat(cell.median().getAsDouble()).isCloseTo(Quantiles.of(backend, 0.5), within(1e-9));
    assertThat(cell.p25().getAsDouble()).isCloseTo(Quantiles.of(backend, 0.25), within(1e-9));
    assertThat(cell.p75().getAsDouble()).isCloseTo(Quantiles.of(backend, 0.75), within(1e-9));
    assertThat(cell.medianUsd().getAsDouble())
        .isCloseTo(Quantiles.of(backend, 0.5) * EUR_TO_USD, within(1e-6));
    assertThat(answer.currency()).isEqualTo("EUR");
    assertThat(answer.asPublished().rows()).isEqualTo(650);
  }

  @Test
  void clearPremiumOverFrontEndAndNoClearDifferenceWithFullStack() {
    List<PayRecord> records = new ArrayList<>();
    records.addAll(lognormalRole(RoleFamily.BACKEND, 2000, Math.log(65000), 1));
    records.addAll(lognormalRole(RoleFamily.FRONTEND, 2000, Math.log(52000), 2));
    records.addAll(lognormalRole(RoleFamily.FULLSTACK, 2000, Math.log(65000), 3));
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records);
    RatioFigure overFrontEnd = answer.screened().ratios().get(0);
    RatioFigure overFullStack = answer.screened().ratios().get(1);
    assertThat(overFrontEnd.denominator()).isEqualTo(RoleFamily.FRONTEND);
    assertThat(overFrontEnd.direction()).isEqualTo(Direction.HIGHER);
    assertThat(overFrontEnd.estimate().orElseThrow().estimate())
        .isCloseTo(65000.0 / 52000, within(0.03));
    assertThat(overFullStack.direction()).isEqualTo(Direction.NO_CLEAR_DIFFERENCE);
    assertThat(answer.verdict())
        .contains("are paid more than front-end developers")
        .contains("are not clearly paid differently from full-stack developers");
  }

  @Test
  void everyPublishedMedianCarriesTheSeededBootstrapIntervalOfThatRolesMedian() {
    List<PayRecord> records = new ArrayList<>();
    records.addAll(lognormalRole(RoleFamily.BACKEND, 120, Math.log(65000), 1));
    records.addAll(lognormalRole(RoleFamily.FRONTEND, 80, Math.log(52000), 2));
    AnswerSettings settings = AnswerSettings.defaults();
    EditionAnswer answer = new RolePayAnswer(settings).answer("test-survey", "2019", records);
    for (RoleCell cell : answer.screened().cells()) {
      double[] amounts =
          records.stream()
              .filter(r -> r.role() == cell.role())
              .mapToDouble(PayRecord::annualLocal)
              .toArray();
      Estimate interval = cell.medianInterval().orElseThrow();
      // The same seeded bootstrap called directly on the role's amounts (nothing is screened out
      // of these lognormal samples, so the rows are the same).
      Estimate direct = settings.bootstrap().median(Sample.of(amounts));
      assertThat(interval.estimate()).isEqualTo(cell.median().getAsDouble());
      assertThat(interval.lower()).isEqualTo(direct.lower());
      assertThat(interval.upper()).isEqualTo(direct.upper());
      assertThat(interval.lower()).isLessThan(interval.estimate());
      assertThat(interval.upper()).isGreaterThan(interval.estimate());
    }
  }

  @Test
  void cellsBelowThePrivacyFloorAreSuppressedAndTheirRatioIsNotComputed() {
    List<PayRecord> records = new ArrayList<>();
    records.addAll(lognormalRole(RoleFamily.BACKEND, 50, Math.log(65000), 1));
    records.addAll(lognormalRole(RoleFamily.FRONTEND, 9, Math.log(52000), 2));
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records);
    RoleCell frontEnd =
        answer.asPublished().cells().stream()
            .filter(c -> c.role() == RoleFamily.FRONTEND)
            .findFirst()
            .orElseThrow();
    assertThat(frontEnd.suppressed()).isTrue();
    assertThat(frontEnd.median()).isEmpty();
    assertThat(frontEnd.medianInterval()).isEmpty();
    // A withheld cell states nothing about its size (it has 9 rows).
    assertThat(frontEnd.n()).isZero();
    RatioFigure ratio = answer.asPublished().ratios().get(0);
    assertThat(ratio.estimate()).isEmpty();
    assertThat(ratio.direction()).isEqualTo(Direction.NOT_ENOUGH_DATA);
    assertThat(ratio.note()).contains("withheld: fewer than k respondents");
    assertThat(answer.asPublished().ratios().get(1).note()).isEqualTo("no fullstack rows");
  }

  @Test
  void screenRemovesTypingErrorsButAsPublishedKeepsThem() {
    List<PayRecord> records =
        new ArrayList<>(lognormalRole(RoleFamily.BACKEND, 500, Math.log(65000), 1));
    records.add(record(RoleFamily.BACKEND, 65, TaxBasis.GROSS, 1)); // "65" typed for 65,000
    records.add(record(RoleFamily.BACKEND, 65_000_000, TaxBasis.GROSS, 1));
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records);
    assertThat(answer.asPublished().rows()).isEqualTo(502);
    assertThat(answer.screened().rows()).isEqualTo(500);
    assertThat(answer.screened().removedLow()).isEqualTo(1);
    assertThat(answer.screened().removedHigh()).isEqualTo(1);
  }

  @Test
  void refusesToMixNetAndGrossPay() {
    List<PayRecord> records =
        List.of(
            record(RoleFamily.BACKEND, 50000, TaxBasis.GROSS, 1),
            record(RoleFamily.BACKEND, 40000, TaxBasis.NET, 1));
    assertThatThrownBy(
            () ->
                new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tax basis");
  }

  @Test
  void weightedRowsCountAsTheirRespondentsInQuantilesButNotInTheFloor() {
    List<PayRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(record(RoleFamily.BACKEND, 100_000 + i * 1000, TaxBasis.GROSS, i == 0 ? 91 : 1));
    }
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("test-survey", "2019", records);
    RoleCell cell = answer.asPublished().cells().get(0);
    assertThat(cell.n()).isEqualTo(10);
    assertThat(cell.respondents()).isEqualTo(100);
    // 91 of 100 respondents earn 100,000: the weighted median is 100,000.
    assertThat(cell.median().getAsDouble()).isEqualTo(100_000);
  }
}
