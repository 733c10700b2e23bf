package org.devpay.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.normalize.NormalizationResult.Accepted;
import org.devpay.core.normalize.NormalizationResult.Rejected;
import org.devpay.core.taxonomy.DatasetIds;
import org.devpay.testing.EcbReferenceRates;
import org.junit.jupiter.api.Test;

class StandardNormalizerTest {
  private static final StandardNormalizer NORMALIZER = StandardNormalizer.fromResources();

  private static PublishedPay pay(
      double amount, String currency, PayPeriod period, TaxBasis basis) {
    return new PublishedPay(amount, currency, period, basis, PayScope.BASE, Optional.empty());
  }

  private static PayRecord accepted(RawRecord raw) {
    NormalizationResult result = NORMALIZER.normalize(raw);
    assertThat(result).isInstanceOf(Accepted.class);
    return ((Accepted) result).record();
  }

  @Test
  void annualisesMonthlyNetUsdAndMapsEveryDouLabel() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.DOU_UA, "2025-06", 2025, 7)
            .roleLabel("Back-end розробка")
            .seniorityLabel("Senior")
            .experienceText("5")
            .employmentLabel("Працюю в IT-компанії / ІТ-департаменті")
            .countryText("Ukraine")
            .industryLabels(List.of("Fintech / Banking / Capital Management, Gambling"))
            .skillLabels(List.of("Python"))
            .pay(pay(2_000, "USD", PayPeriod.MONTH, TaxBasis.NET))
            .attributes(Map.of("company_size", "1001-1500"))
            .build();
    PayRecord record = accepted(raw);
    // 2,000 USD a month x 12 = 24,000; USD converts at exactly 1.
    assertThat(record.annualLocal()).isEqualTo(24_000.0);
    assertThat(record.usdPerUnit()).isEqualTo(1.0);
    assertThat(record.annualUsd()).isEqualTo(24_000.0);
    assertThat(record.baseAnnualUsd()).isEmpty();
    assertThat(record.role()).isEqualTo(RoleFamily.BACKEND);
    assertThat(record.roleLabel()).isEqualTo("Back-end розробка");
    assertThat(record.seniority()).isEqualTo(Seniority.SENIOR);
    assertThat(record.yearsExperience()).hasValue(5.0);
    assertThat(record.employment()).isEqualTo(Employment.FULL_TIME);
    assertThat(record.location())
        .isEqualTo(new Location(Optional.of("UA"), Optional.empty(), Optional.empty()));
    assertThat(record.industries()).containsExactly("fintech", "gambling");
    assertThat(record.skills()).containsExactly("python");
    assertThat(record.published()).isEqualTo(raw.pay());
    assertThat(record.weight()).isEqualTo(1.0);
    assertThat(record.attributes()).containsEntry("company_size", "1001-1500");
    assertThat(record.respondentKey()).isEqualTo("7");
  }

  @Test
  void convertsEuros2019AtThe2019AverageRate() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.IT_SALARY_SURVEY_EU, "2019", 2019, 12)
            .roleLabel("Backend Developer")
            .seniorityLabel("Middle")
            .experienceText("4")
            .cityText("Munich")
            .skillLabels(List.of("Java"))
            .industryLabels(List.of("Finance / Insurance"))
            .pay(pay(60_000, "EUR", PayPeriod.YEAR, TaxBasis.GROSS))
            .build();
    PayRecord record = accepted(raw);
    double rate = ExchangeRates.fromResources().usdPerUnit("EUR", 2019).getAsDouble();
    assertThat(record.usdPerUnit()).isEqualTo(rate);
    assertThat(record.annualUsd()).isEqualTo(60_000 * rate);
    // The 2019 mean of the daily EUR/USD reference rates, recomputed from the raw ECB file.
    assertThat(record.annualUsd())
        .isCloseTo(60_000 * EcbReferenceRates.yearlyMean("EUR", 2019), withPercentage(1e-7));
    assertThat(record.location())
        .isEqualTo(new Location(Optional.of("DE"), Optional.of("Munich"), Optional.of("Munich")));
    assertThat(record.role()).isEqualTo(RoleFamily.BACKEND);
    assertThat(record.seniority()).isEqualTo(Seniority.MIDDLE);
    assertThat(record.industries()).containsExactly("banking");
  }

  @Test
  void keepsBasePayApartFromTotalCompensation() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.LEVELS_FYI, "2021", 2021, 3)
            .roleLabel("Distributed Systems (Back-End)")
            .seniorityLabel("L5")
            .experienceText("6")
            .cityText("San Francisco, CA")
            .pay(
                new PublishedPay(
                    300_000,
                    "USD",
                    PayPeriod.YEAR,
                    TaxBasis.GROSS,
                    PayScope.TOTAL,
                    Optional.empty()))
            .baseAmount(180_000)
            .build();
    PayRecord record = accepted(raw);
    assertThat(record.annualUsd()).isEqualTo(300_000.0);
    assertThat(record.baseAnnualUsd()).hasValue(180_000.0);
    assertThat(record.role()).isEqualTo(RoleFamily.BACKEND);
    // "L5" is a company level code, and the tag has no level word either.
    assertThat(record.seniority()).isEqualTo(Seniority.UNKNOWN);
    assertThat(record.location().country()).contains("US");
    assertThat(record.location().metro()).contains("San Francisco Bay Area");
  }

  @Test
  void takesSeniorityFromTheRoleLabelWhenTheLevelSaysNothing() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.IT_SALARY_SURVEY_EU, "2018", 2018, 1)
            .roleLabel("Senior Frontend Developer")
            .cityText("Berlin")
            .pay(pay(70_000, "EUR", PayPeriod.YEAR, TaxBasis.GROSS))
            .build();
    PayRecord record = accepted(raw);
    assertThat(record.role()).isEqualTo(RoleFamily.FRONTEND);
    assertThat(record.seniority()).isEqualTo(Seniority.SENIOR);
  }

  @Test
  void rejectsAYearWithoutAnExchangeRate() {
    // NBP Table A archives start in 2016 (exchange-rates-nbp/SOURCE.md), so UAH 2015 has no rate.
    RawRecord raw =
        RawRecord.builder(DatasetIds.DOU_UA, "2015-12", 2015, 42)
            .roleLabel("Back-end розробка")
            .pay(pay(30_000, "UAH", PayPeriod.MONTH, TaxBasis.NET))
            .build();
    NormalizationResult result = NORMALIZER.normalize(raw);
    assertThat(result).isInstanceOf(Rejected.class);
    Rejection rejection = ((Rejected) result).rejection();
    assertThat(rejection.reason()).isEqualTo(RejectReason.NO_EXCHANGE_RATE);
    assertThat(rejection.rowNumber()).isEqualTo(42);
    assertThat(rejection.detail()).contains("UAH").contains("2015");
    assertThat(rejection.raw().split(Rejection.FIELD_SEPARATOR))
        .contains("currency=UAH", "year=2015", "amount=30000.0", "roleLabel=Back-end розробка");
  }

  @Test
  void convertsHryvniaFromTheNbpRate() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.DOU_UA, "2024-06", 2024, 1)
            .pay(pay(100_000, "UAH", PayPeriod.MONTH, TaxBasis.NET))
            .build();
    PayRecord record = accepted(raw);
    // World Bank PA.NUS.FCRF 2024: 40.15208 UAH per USD; the NBP cross rate agrees within 0.5 %.
    assertThat(record.annualUsd()).isCloseTo(1_200_000 / 40.15208, withPercentage(0.5));
  }

  @Test
  void unknownLabelsMapToDefaultsInsteadOfFailing() {
    RawRecord raw =
        RawRecord.builder("brand-new-dataset", "1", 2020, 1)
            .roleLabel("Happiness Engineer of Things")
            .seniorityLabel("???")
            .experienceText("a while")
            .employmentLabel("it's complicated")
            .countryText("Atlantis")
            .cityText("Nowhere")
            .industryLabels(List.of("Basket weaving"))
            .skillLabels(List.of("Telepathy"))
            .pay(pay(1_000, "USD", PayPeriod.WEEK, TaxBasis.GROSS))
            .build();
    PayRecord record = accepted(raw);
    assertThat(record.annualLocal()).isEqualTo(52_000.0);
    assertThat(record.role()).isEqualTo(RoleFamily.OTHER);
    assertThat(record.seniority()).isEqualTo(Seniority.UNKNOWN);
    assertThat(record.yearsExperience()).isEmpty();
    // A status no rule knows is "other", so the default population never reads it as full time.
    assertThat(record.employment()).isEqualTo(Employment.OTHER);
    assertThat(record.location()).isEqualTo(Location.UNKNOWN);
    assertThat(record.industries()).isEmpty();
    assertThat(record.skills()).isEmpty();
  }

  @Test
  void reportsTheRoleSeniorityAndEmploymentLabelsNoRuleKnows() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.DOU_UA, "2024-12", 2024, 3)
            .roleLabel("Happiness Engineer")
            .seniorityLabel("Grand master")
            .employmentLabel("Щось зовсім інше")
            .pay(pay(1_000, "USD", PayPeriod.MONTH, TaxBasis.NET))
            .build();
    Accepted result = (Accepted) NORMALIZER.normalize(raw);
    assertThat(result.unknownLabels())
        .containsExactly(
            new UnknownLabel(UnknownLabel.Taxonomy.ROLE, "Happiness Engineer"),
            new UnknownLabel(UnknownLabel.Taxonomy.SENIORITY, "Grand master"),
            new UnknownLabel(UnknownLabel.Taxonomy.EMPLOYMENT, "Щось зовсім інше"));
    assertThat(result.record().employment()).isEqualTo(Employment.OTHER);
  }

  @Test
  void blankAndKnownLabelsAreNotReportedAsUnknown() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.DOU_UA, "2025-06", 2025, 4)
            .roleLabel("Back-end розробка")
            .seniorityLabel("")
            .employmentLabel("")
            .pay(pay(1_000, "USD", PayPeriod.MONTH, TaxBasis.NET))
            .build();
    Accepted result = (Accepted) NORMALIZER.normalize(raw);
    assertThat(result.unknownLabels()).isEmpty();
    assertThat(result.record().employment()).isEqualTo(Employment.UNKNOWN);
  }

  @Test
  void aStatedRoleFamilyWinsOverTheTaxonomyAndIsNotCountedAsUnknown() {
    RawRecord raw =
        RawRecord.builder("kode24", "2024", 2024, 1)
            .roleLabel("Utvikler, baksystemer")
            .statedRole(RoleFamily.BACKEND)
            .pay(pay(700_000, "NOK", PayPeriod.YEAR, TaxBasis.GROSS))
            .build();
    Accepted result = (Accepted) NORMALIZER.normalize(raw);
    assertThat(result.record().role()).isEqualTo(RoleFamily.BACKEND);
    assertThat(result.record().roleLabel()).isEqualTo("Utvikler, baksystemer");
    assertThat(result.unknownLabels()).isEmpty();
  }

  @Test
  void annualisesAnHourlyRateOverA2080HourYear() {
    RawRecord raw =
        RawRecord.builder("my-survey", "2024", 2024, 1)
            .pay(pay(50, "USD", PayPeriod.HOUR, TaxBasis.GROSS))
            .build();
    // 50 an hour x 40 hours x 52 weeks = 104,000.
    assertThat(accepted(raw).annualLocal()).isEqualTo(104_000.0);
  }

  @Test
  void statedCountryWinsOverACityInAnotherCountry() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.STACK_OVERFLOW_2017, "2017", 2017, 1)
            .countryText("Germany")
            .cityText("Warsaw, Poland")
            .pay(pay(50_000, "USD", PayPeriod.YEAR, TaxBasis.GROSS))
            .build();
    assertThat(accepted(raw).location())
        .isEqualTo(new Location(Optional.of("DE"), Optional.empty(), Optional.empty()));
  }

  @Test
  void givesEqualResultsWhenSharedAcrossThreads() {
    RawRecord raw =
        RawRecord.builder(DatasetIds.LEVELS_FYI, "2020", 2020, 9)
            .roleLabel("Full Stack")
            .cityText("Seattle, WA")
            .pay(pay(150_000, "USD", PayPeriod.YEAR, TaxBasis.GROSS))
            .build();
    PayRecord expected = accepted(raw);
    assertThat(IntStream.range(0, 200).parallel().mapToObj(i -> NORMALIZER.normalize(raw)))
        .allSatisfy(result -> assertThat(result).isEqualTo(new Accepted(expected)));
  }
}
