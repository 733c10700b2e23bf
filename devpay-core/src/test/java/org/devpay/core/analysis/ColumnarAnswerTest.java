package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
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
import org.devpay.core.stats.Bootstrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columnar answer against the record path it replaces for whole editions: on random editions
 * built to hit every branch (withheld cells, binned cells with rows outside the bins, shared values
 * of every query dimension, population and screen removals, weights, mixed currencies), the two
 * answers are equal, record for record. The real editions are compared in devpay-cli's
 * ColumnarAnswerRealDataTest.
 */
class ColumnarAnswerTest {
  private static final EditionKey KEY = new EditionKey("random", "2024");

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void equalsTheRecordPathOnRandomEditions(int seed) {
    List<PayRecord> records = randomEdition(new SplittableRandom(seed));
    EditionColumns columns = EditionColumns.of(KEY, records);
    for (AnswerSettings settings : settingsFor(seed)) {
      EditionAnswer byRecords =
          new RolePayAnswer(settings).answer(KEY.datasetId(), KEY.edition(), records);
      EditionAnswer byColumns = new ColumnarAnswer(settings).answer(columns);
      assertThat(byColumns).as("seed %d, %s", seed, settings).isEqualTo(byRecords);
    }
  }

  @Test
  void theRandomEditionsReachTheBranchesTheyAreMeantFor() {
    int withheldBinned = 0;
    int releasedBinned = 0;
    int withheldRoles = 0;
    int screenedOut = 0;
    for (int seed = 1; seed <= 20; seed++) {
      List<PayRecord> records = randomEdition(new SplittableRandom(seed));
      EditionAnswer answer =
          new ColumnarAnswer(settingsFor(seed).get(0)).answer(EditionColumns.of(KEY, records));
      for (BinnedRoleCell cell : answer.binned()) {
        long rows =
            records.stream()
                .filter(r -> r.role() == cell.role() && r.published().range().isPresent())
                .filter(PopulationFilter.PROFESSIONAL_FULL_TIME::keeps)
                .count();
        if (cell.suppressed() && rows >= PrivacyFloor.DEFAULT.minimumCellSize()) {
          // Withheld by the differencing rules, not by its size.
          withheldBinned++;
        }
      }
      releasedBinned += (int) answer.binned().stream().filter(c -> !c.suppressed()).count();
      withheldRoles +=
          (int) answer.screened().cells().stream().filter(RoleCell::suppressed).count();
      screenedOut += answer.screened().removedLow() + answer.screened().removedHigh();
    }
    assertThat(withheldBinned).isPositive();
    assertThat(releasedBinned).isPositive();
    assertThat(withheldRoles).isPositive();
    assertThat(screenedOut).isPositive();
  }

  @Test
  void refusesAnEditionMixingTaxBasesAsTheRecordPathDoes() {
    List<PayRecord> records = new ArrayList<>(randomEdition(new SplittableRandom(3)));
    PayRecord first = records.get(0);
    records.set(0, withBasis(first, TaxBasis.NET));
    EditionColumns columns = EditionColumns.of(KEY, records);
    assertThatThrownBy(() -> new ColumnarAnswer(AnswerSettings.defaults()).answer(columns))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mixes tax basis values");
  }

  private static List<AnswerSettings> settingsFor(int seed) {
    AnswerSettings base =
        AnswerSettings.defaults().withBootstrap(Bootstrap.withDefaults().withResamples(100));
    return List.of(
        base,
        base.withPrivacyFloor(new PrivacyFloor(3 + seed % 5)),
        base.withPrivacyFloor(new PrivacyFloor(25)),
        base.withPrivacyFloor(new PrivacyFloor(5).withoutDifferencingControl()),
        base.withPopulation(PopulationFilter.ALL),
        base.withPopulation(new PopulationFilter(true, false)),
        new AnswerSettings(
            base.bootstrap(),
            OutlierScreen.NONE,
            base.privacyFloor(),
            base.quantileMethod(),
            base.population()));
  }

  /**
   * An edition of 150-400 rows over few values, so cells share values and small atoms occur: pay
   * log-normal with a few typing errors, some rows published in bins (some roles all binned, some
   * partly), a second currency in some editions, weights in others.
   */
  private static List<PayRecord> randomEdition(SplittableRandom random) {
    int rows = 150 + random.nextInt(250);
    boolean secondCurrency = random.nextInt(4) == 0;
    boolean weighted = random.nextInt(3) == 0;
    RoleFamily[] roles = {
      RoleFamily.BACKEND,
      RoleFamily.FRONTEND,
      RoleFamily.FULLSTACK,
      RoleFamily.MOBILE,
      RoleFamily.QA,
      RoleFamily.SECURITY
    };
    String[] countries = {"DE", "FR", null};
    String[] metros = {"Berlin", null};
    String[] skills = {"java", "go", "javascript", "python"};
    String[] industries = {"finance", "health"};
    double binShare = random.nextDouble();
    // In some editions exactly the rows in one country publish bins, so a binned cell shares its
    // country and the role's rows elsewhere are outside it (the near-superset rule's case).
    boolean binnedInGermanyOnly = random.nextInt(3) == 0;
    List<PayRecord> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      // Skewed roles: some roles are small enough to be withheld.
      RoleFamily role =
          roles[Math.min(roles.length - 1, (int) (random.nextDouble() * random.nextDouble() * 7))];
      double annual =
          Math.exp(10.8 + 0.4 * gaussian(random)) * (role == RoleFamily.BACKEND ? 1.1 : 1);
      if (random.nextInt(60) == 0) {
        annual = annual / 1000;
      }
      annual = Math.max(1, Math.round(annual));
      String country = countries[random.nextInt(countries.length)];
      boolean binnedRow =
          binnedInGermanyOnly
              ? "DE".equals(country)
              : random.nextDouble() < binShare && (role != RoleFamily.QA || random.nextInt(8) == 0);
      Optional<PayRange> range = Optional.empty();
      if (binnedRow) {
        double lower = Math.min(100_000, Math.floor(annual / 20_000) * 20_000);
        OptionalDouble upper =
            lower >= 100_000 ? OptionalDouble.empty() : OptionalDouble.of(lower + 20_000);
        range = Optional.of(new PayRange(lower, upper, "bin " + lower));
      }
      String currency = secondCurrency && random.nextInt(5) == 0 ? "CHF" : "EUR";
      List<String> rowSkills = new ArrayList<>();
      rowSkills.add("java");
      for (String skill : skills) {
        if (!skill.equals("java") && random.nextInt(3) == 0) {
          rowSkills.add(skill);
        }
      }
      List<String> rowIndustries = new ArrayList<>();
      for (String industry : industries) {
        if (random.nextInt(2) == 0) {
          rowIndustries.add(industry);
        }
      }
      OptionalDouble years =
          random.nextInt(5) == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextInt(25));
      Employment employment =
          random.nextInt(10) == 0
              ? Employment.PART_TIME
              : random.nextInt(10) == 0 ? Employment.UNKNOWN : Employment.FULL_TIME;
      Profession profession =
          random.nextInt(12) == 0 ? Profession.NOT_DEVELOPER : Profession.DEVELOPER;
      double usdPerUnit = currency.equals("CHF") ? 1.12 : 1.08;
      out.add(
          new PayRecord(
              KEY.datasetId(),
              KEY.edition(),
              2023 + random.nextInt(2),
              "r" + i,
              role,
              role.displayName(),
              List.of(),
              Seniority.values()[random.nextInt(3)],
              years,
              employment,
              profession,
              new Location(
                  Optional.ofNullable(country),
                  Optional.empty(),
                  Optional.ofNullable(metros[random.nextInt(metros.length)])),
              rowIndustries,
              rowSkills,
              new PublishedPay(
                  annual, currency, PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, range),
              annual,
              annual * usdPerUnit,
              usdPerUnit,
              OptionalDouble.empty(),
              weighted ? 1 + random.nextInt(3) : 1,
              Map.of()));
    }
    return out;
  }

  private static double gaussian(SplittableRandom random) {
    double u = random.nextDouble(1e-12, 1);
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static PayRecord withBasis(PayRecord r, TaxBasis basis) {
    PublishedPay p = r.published();
    return new PayRecord(
        r.datasetId(),
        r.edition(),
        r.year(),
        r.respondentKey(),
        r.role(),
        r.roleLabel(),
        r.selectedRoleLabels(),
        r.seniority(),
        r.yearsExperience(),
        r.employment(),
        r.profession(),
        r.location(),
        r.industries(),
        r.skills(),
        new PublishedPay(p.amount(), p.currency(), p.period(), basis, p.scope(), p.range()),
        r.annualLocal(),
        r.annualUsd(),
        r.usdPerUnit(),
        r.baseAnnualUsd(),
        r.weight(),
        r.attributes());
  }
}
