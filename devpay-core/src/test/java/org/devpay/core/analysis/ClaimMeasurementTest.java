package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.analysis.policy.PlausibilityScreen;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.fx.ExchangeRates;
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
import org.devpay.core.prices.ConsumerPrices;
import org.devpay.core.stats.CovarianceMethod;
import org.devpay.core.taxonomy.RoleDefiningSkills;
import org.devpay.core.taxonomy.SkillTaxonomy;
import org.junit.jupiter.api.Test;

/**
 * The measurement choices issue 9 asked of the claims: trend time for DOU-style waves, role
 * questions declared stable, real pay at the local price level, company clusters, the role-defining
 * skills left out of a role premium, and the plausibility screen.
 */
class ClaimMeasurementTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));

  private static PayRecord record(
      String dataset,
      String edition,
      int year,
      RoleFamily role,
      String currency,
      double annual,
      Employment employment,
      double weight,
      Map<String, String> attributes,
      List<String> skills,
      double years) {
    PublishedPay pay =
        new PublishedPay(
            annual, currency, PayPeriod.YEAR, TaxBasis.NET, PayScope.BASE, Optional.empty());
    return new PayRecord(
        dataset,
        edition,
        year,
        "r" + counter++,
        role,
        role.displayName(),
        List.of(),
        Seniority.UNKNOWN,
        OptionalDouble.of(years),
        employment,
        Profession.NOT_RECORDED,
        new Location(Optional.of("UA"), Optional.empty(), Optional.empty()),
        List.of(),
        skills,
        pay,
        annual,
        annual,
        1,
        OptionalDouble.empty(),
        weight,
        attributes);
  }

  private static int counter;

  private static PayRecord simple(
      String dataset, String edition, int year, RoleFamily role, double usd) {
    return record(
        dataset, edition, year, role, "USD", usd, Employment.FULL_TIME, 1, Map.of(), List.of(), 5);
  }

  private static PayData data(List<PayRecord> records, Map<String, String> roleFields) {
    Map<EditionKey, List<PayRecord>> byKey = new TreeMap<>();
    for (PayRecord r : records) {
      byKey
          .computeIfAbsent(new EditionKey(r.datasetId(), r.edition()), k -> new ArrayList<>())
          .add(r);
    }
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return List.copyOf(byKey.keySet());
      }

      @Override
      public List<PayRecord> records(EditionKey key) {
        return byKey.getOrDefault(key, List.of());
      }

      @Override
      public SourceCitation citation(EditionKey key) {
        return new SourceCitation(
            "test",
            "test",
            "test",
            roleFields.getOrDefault(key.datasetId(), "role"),
            "pay",
            "net pay",
            List.of(new CitedFile("t.csv", "t.csv", "0".repeat(64), "test", 1, 1, 0)));
      }

      @Override
      public String version() {
        return "test";
      }
    };
  }

  @Test
  void aWaveLabelledYearAndMonthIsTimedAtThatMonth() {
    PayRecord december = simple("dou-ua", "2019-12", 2019, RoleFamily.BACKEND, 30_000);
    PayRecord june = simple("dou-ua", "2020-06", 2020, RoleFamily.BACKEND, 30_000);
    PayRecord plain = simple("it-salary-survey-eu", "2019", 2019, RoleFamily.BACKEND, 30_000);
    assertThat(PayTrends.time(december)).isCloseTo(2019 + 11.5 / 12, within(1e-12));
    assertThat(PayTrends.time(june)).isCloseTo(2020 + 5.5 / 12, within(1e-12));
    assertThat(PayTrends.time(plain)).isEqualTo(2019.5);
    // Half a year apart, not one.
    assertThat(PayTrends.time(june) - PayTrends.time(december)).isCloseTo(0.5, within(1e-12));
  }

  /**
   * USD pay that does not move at all, in waves of 2016, 2019 and 2025 of a Ukrainian survey: its
   * nominal growth is 0; its real growth is the change of the UAH it buys at Ukrainian prices, from
   * the shipped tables (2025 has no Ukrainian price index, so it is left out of the real trend).
   */
  @Test
  void realPayOfAUkrainianSurveyIsPricedInHryvniaAtUkrainianPrices() {
    List<PayRecord> records = new ArrayList<>();
    String[] waves = {"2016-12", "2019-12", "2025-06"};
    for (String wave : waves) {
      int year = Integer.parseInt(wave.substring(0, 4));
      for (int i = 0; i < 20; i++) {
        double wobble = i % 2 == 0 ? 1.01 : 1 / 1.01;
        records.add(simple("dou-ua", wave, year, RoleFamily.BACKEND, 24_000 * wobble));
        records.add(simple("dou-ua", wave, year, RoleFamily.FRONTEND, 20_000 * wobble));
      }
    }
    PayTrends.TrendReport report =
        PayTrends.with(SETTINGS).report(List.of(RoleFamily.BACKEND), data(records, Map.of()));
    PayTrends.SourceTrend dou = report.sources().get(0);
    assertThat(dou.localCurrency()).isEqualTo("UAH");
    assertThat(dou.deflatedYears()).containsExactly(2016, 2019);
    assertThat(dou.note()).contains("USD pay priced in UAH").contains("[2025]");
    PayTrends.RoleTrend backend = dou.roles().get(0);
    assertThat(backend.nominalGrowth().orElseThrow().logPremium().estimate())
        .isCloseTo(0, within(1e-9));
    // Independently: ln of (UAH per USD / Ukrainian CPI) from 2016 to 2019, over the 3 years
    // between the two December waves.
    ExchangeRates rates = ExchangeRates.fromResources();
    ConsumerPrices prices = ConsumerPrices.fromResources();
    double buys2016 =
        1 / rates.usdPerUnit("UAH", 2016).getAsDouble() / prices.index("UAH", 2016).getAsDouble();
    double buys2019 =
        1 / rates.usdPerUnit("UAH", 2019).getAsDouble() / prices.index("UAH", 2019).getAsDouble();
    assertThat(backend.realGrowth().orElseThrow().logPremium().estimate())
        .isCloseTo(Math.log(buys2019 / buys2016) / 3, within(1e-9));
    assertThat(backend.realRows()).isEqualTo(40);
    assertThat(report.pooled().get(0).realGrowth().editions()).containsExactly("dou-ua");
  }

  @Test
  void sharesAreComparedOnlyOverTheYearsTheRoleQuestionIsDeclaredStable() {
    List<PayRecord> records = new ArrayList<>();
    for (int year = 2015; year <= 2017; year++) {
      for (int i = 0; i < 30; i++) {
        records.add(
            simple(
                "so-survey-" + year,
                Integer.toString(year),
                year,
                i < 10 ? RoleFamily.BACKEND : RoleFamily.OTHER,
                50_000 + i));
      }
    }
    // Each year names its role field differently, as Stack Overflow's files do.
    PayData data =
        data(
            records,
            Map.of(
                "so-survey-2015", "Occupation",
                "so-survey-2016", "occupation",
                "so-survey-2017", "WebDeveloperType"));
    PayTrends.SourceTrend so =
        PayTrends.with(SETTINGS).report(List.of(RoleFamily.BACKEND), data).sources().get(0);
    assertThat(so.source()).isEqualTo("so-survey");
    assertThat(so.sharesComparable()).isTrue();
    assertThat(so.shareYears()).containsExactly(2015, 2016);
    assertThat(so.shareRespondents()).isEqualTo(60);
    assertThat(so.note()).contains("2014-2016 only");

    // A source with several role fields and no declaration compares no shares.
    List<PayRecord> eu = new ArrayList<>();
    for (int year = 2019; year <= 2020; year++) {
      for (int i = 0; i < 30; i++) {
        eu.add(simple("eu", Integer.toString(year), year, RoleFamily.BACKEND, 50_000 + i));
      }
    }
    PayData mixed =
        new PayData() {
          final PayData inner = data(eu, Map.of());

          @Override
          public List<EditionKey> editions() {
            return inner.editions();
          }

          @Override
          public List<PayRecord> records(EditionKey key) {
            return inner.records(key);
          }

          @Override
          public SourceCitation citation(EditionKey key) {
            SourceCitation c = inner.citation(key);
            return new SourceCitation(
                c.title(),
                c.publisher(),
                c.licence(),
                "field of " + key.edition(),
                c.payField(),
                c.payDescription(),
                c.files());
          }

          @Override
          public String version() {
            return "test";
          }
        };
    PayTrends.SourceTrend other =
        PayTrends.with(SETTINGS).report(List.of(RoleFamily.BACKEND), mixed).sources().get(0);
    assertThat(other.sharesComparable()).isFalse();
    assertThat(other.roles().get(0).shareChange()).isEmpty();
  }

  @Test
  void companyCellsAreClusteredByCompanyAndPeopleAreNot() {
    List<PayRecord> cells = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      RoleFamily role = i % 2 == 0 ? RoleFamily.BACKEND : RoleFamily.FRONTEND;
      double pay = (role == RoleFamily.BACKEND ? 1_200_000 : 1_000_000) * (1 + 0.01 * (i % 7));
      cells.add(
          record(
              "glassdoor-india",
              "2022",
              2022,
              role,
              "INR",
              pay,
              Employment.FULL_TIME,
              1 + i % 3,
              Map.of("company", "company " + (i % 12)),
              List.of(),
              5));
    }
    assertThat(Comparison.companyCells(cells)).isTrue();
    Comparison comparison =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.EXPERIENCE)
            .withSettings(SETTINGS)
            .withoutRatioOfMedians();
    EditionKey key = new EditionKey("glassdoor-india", "2022");
    ModelEstimate clustered =
        comparison
            .withCompanyClusters()
            .within(key, cells)
            .orElseThrow()
            .premium()
            .adjusted()
            .orElseThrow();
    ModelEstimate plain =
        comparison.within(key, cells).orElseThrow().premium().adjusted().orElseThrow();
    assertThat(clustered.covariance()).isEqualTo("CR1 clustered by company (G = 12)");
    assertThat(plain.covariance()).isEqualTo("HC1");
    assertThat(clustered.logPremium().estimate())
        .isCloseTo(plain.logPremium().estimate(), within(1e-12));

    // People (weight 1) are never clustered, whatever attributes they carry.
    List<PayRecord> people =
        cells.stream()
            .map(
                r ->
                    record(
                        r.datasetId(),
                        r.edition(),
                        r.year(),
                        r.role(),
                        "INR",
                        r.annualLocal(),
                        Employment.FULL_TIME,
                        1,
                        r.attributes(),
                        List.of(),
                        5))
            .toList();
    assertThat(Comparison.companyCells(people)).isFalse();
    assertThat(
            comparison
                .withCompanyClusters()
                .within(key, people)
                .orElseThrow()
                .premium()
                .adjusted()
                .orElseThrow()
                .covariance())
        .isEqualTo("HC1");
    assertThat(CovarianceMethod.CLUSTER_CR1.name()).isEqualTo("CLUSTER_CR1");
  }

  /**
   * Back-end developers all list Java, front-end developers all list JavaScript, both some AWS:
   * with every skill held fixed the languages are collinear with the role indicator; without the
   * role-defining ones they are not in the model, and AWS stays a control.
   */
  @Test
  void aPremiumBetweenRolesLeavesTheirDefiningSkillsOutOfTheControls() {
    List<PayRecord> rows = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      RoleFamily role = i % 2 == 0 ? RoleFamily.BACKEND : RoleFamily.FRONTEND;
      List<String> skills =
          new ArrayList<>(List.of(role == RoleFamily.BACKEND ? "java" : "javascript"));
      if (i % 4 < 2) {
        skills.add("aws");
      }
      double pay = (role == RoleFamily.BACKEND ? 55_000 : 50_000) * (1 + 0.01 * (i % 5));
      rows.add(
          record(
              "survey",
              "2020",
              2020,
              role,
              "EUR",
              pay,
              Employment.FULL_TIME,
              1,
              Map.of(),
              skills,
              5));
    }
    Comparison comparison =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.SKILLS)
            .withSettings(SETTINGS)
            .withoutRatioOfMedians();
    EditionKey key = new EditionKey("survey", "2020");
    Premium without =
        comparison.withoutRoleDefiningSkills().within(key, rows).orElseThrow().premium();
    Premium all = comparison.within(key, rows).orElseThrow().premium();
    assertThat(without.adjusted()).isPresent();
    assertThat(without.controls().get(0).note()).contains("role-defining skills left out");
    assertThat(without.controls().get(0).columns()).isEqualTo(1); // aws alone
    // With every skill, the languages are the roles here: their columns go as collinear.
    assertThat(all.adjusted().orElseThrow().droppedColumns())
        .contains("skills=java", "skills=javascript");
    assertThat(without.adjusted().orElseThrow().droppedColumns()).isEmpty();
    assertThat(
            Comparison.roleDefiningSkills(
                GroupSelector.roles(RoleFamily.BACKEND),
                Optional.of(GroupSelector.roles(RoleFamily.BACKEND))))
        .isEmpty();
  }

  @Test
  void everyRoleDefiningSkillIsASkillOfTheTaxonomyAndCloudsDefineNoRole() {
    RoleDefiningSkills defining = RoleDefiningSkills.fromResources();
    java.util.Set<String> known = new java.util.TreeSet<>();
    SkillTaxonomy.fromResources().rules().rules().forEach(r -> known.add(r.value()));
    assertThat(known).containsAll(defining.all().keySet());
    assertThat(defining.definingAny(List.of(RoleFamily.FRONTEND)))
        .contains("javascript", "react")
        .doesNotContain("java", "aws", "azure", "gcp", "cloud", "docker");
    assertThat(defining.definingAny(List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND)))
        .contains("java", "csharp", "go", "python", "javascript", "postgresql")
        .doesNotContain("aws", "docker");
  }

  @Test
  void theShippedScreenLeavesOutGlassdoorFullTimeAmountsBelowTenThousandRupeesAMonth() {
    PlausibilityScreen screen = PlausibilityScreen.fromResources();
    List<PayRecord> rows =
        List.of(
            record(
                "glassdoor-india",
                "2022",
                2022,
                RoleFamily.BACKEND,
                "INR",
                100_000,
                Employment.FULL_TIME,
                188,
                Map.of(),
                List.of(),
                5),
            record(
                "glassdoor-india",
                "2022",
                2022,
                RoleFamily.BACKEND,
                "INR",
                119_999,
                Employment.FULL_TIME,
                1,
                Map.of(),
                List.of(),
                5),
            record(
                "glassdoor-india",
                "2022",
                2022,
                RoleFamily.BACKEND,
                "INR",
                120_000,
                Employment.FULL_TIME,
                1,
                Map.of(),
                List.of(),
                5),
            record(
                "glassdoor-india",
                "2022",
                2022,
                RoleFamily.BACKEND,
                "INR",
                60_000,
                Employment.INTERN,
                1,
                Map.of(),
                List.of(),
                5),
            record(
                "other",
                "2022",
                2022,
                RoleFamily.BACKEND,
                "INR",
                60_000,
                Employment.FULL_TIME,
                1,
                Map.of(),
                List.of(),
                5));
    PlausibilityScreen.Result result = screen.apply(rows);
    assertThat(result.screened()).isEqualTo(2);
    assertThat(result.kept())
        .extracting(PayRecord::annualLocal)
        .containsExactly(120_000.0, 60_000.0, 60_000.0);
    assertThat(result.rule())
        .startsWith("glassdoor-india full-time amounts below 120,000 INR a year");
    assertThat(PlausibilityScreen.none().apply(rows).kept()).hasSize(5);
  }
}
