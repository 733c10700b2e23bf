package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
import org.devpay.core.stats.Quantiles;
import org.junit.jupiter.api.Test;

class ExperienceCurvesTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(300));

  private static PayRecord record(RoleFamily role, OptionalDouble years, double annual) {
    PublishedPay pay =
        new PublishedPay(
            annual, "EUR", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty());
    return new PayRecord(
        "test-survey",
        "2020",
        2020,
        "k" + annual + role + years,
        role,
        role.displayName(),
        List.of(),
        Seniority.UNKNOWN,
        years,
        Employment.FULL_TIME,
        Profession.NOT_RECORDED,
        Location.UNKNOWN,
        List.of(),
        List.of(),
        pay,
        annual,
        annual * 1.1,
        1.1,
        OptionalDouble.empty(),
        1,
        Map.of());
  }

  @Test
  void eachPointIsTheType7MedianOfItsRoleAndBandAndSmallCellsAreSuppressed() {
    List<PayRecord> records = new ArrayList<>();
    double[] juniorBackend = new double[12];
    for (int i = 0; i < 12; i++) {
      // 1.5 years: a "1-2 years" bin midpoint belongs to the first band.
      juniorBackend[i] = 40000 + 1000 * i;
      records.add(record(RoleFamily.BACKEND, OptionalDouble.of(1.5), juniorBackend[i]));
    }
    double[] seniorBackend = new double[11];
    for (int i = 0; i < 11; i++) {
      seniorBackend[i] = 70000 + 2500 * i;
      records.add(record(RoleFamily.BACKEND, OptionalDouble.of(10 + i % 5), seniorBackend[i]));
    }
    for (int i = 0; i < 4; i++) {
      records.add(record(RoleFamily.FRONTEND, OptionalDouble.of(3), 50000 + i));
    }
    records.add(record(RoleFamily.BACKEND, OptionalDouble.empty(), 55000));

    ExperienceCurves.EditionCurves curves =
        new ExperienceCurves(SETTINGS).curves("test-survey", "2020", records);

    assertThat(curves.currency()).isEqualTo("EUR");
    assertThat(curves.rowsWithExperience()).isEqualTo(27);
    assertThat(curves.rowsWithoutExperience()).isEqualTo(1);
    assertThat(curves.roles())
        .extracting(ExperienceCurves.RoleCurve::role)
        .containsExactly(RoleFamily.BACKEND, RoleFamily.FRONTEND, RoleFamily.FULLSTACK);
    List<ExperienceCurves.Point> backend = curves.roles().get(0).points();
    assertThat(backend)
        .extracting(p -> p.band().label())
        .containsExactly("0-1", "2-4", "5-9", "10-14", "15+");
    assertThat(backend.get(0).n()).isEqualTo(12);
    assertThat(backend.get(0).median().getAsDouble()).isEqualTo(Quantiles.of(juniorBackend, 0.5));
    assertThat(backend.get(0).medianInterval().orElseThrow().lower())
        .isLessThanOrEqualTo(backend.get(0).median().getAsDouble());
    assertThat(backend.get(3).n()).isEqualTo(11);
    assertThat(backend.get(3).median().getAsDouble()).isEqualTo(Quantiles.of(seniorBackend, 0.5));
    assertThat(backend.get(1).n()).isZero();
    assertThat(backend.get(1).suppressed()).isTrue();

    ExperienceCurves.Point frontend = curves.roles().get(1).points().get(1);
    // A withheld point states nothing about its size (it has 4 rows).
    assertThat(frontend.n()).isZero();
    assertThat(frontend.suppressed()).isTrue();
    assertThat(frontend.median()).isEmpty();
    assertThat(frontend.medianInterval()).isEmpty();
  }

  @Test
  void bandsAreHalfOpenSoBoundaryYearsStartTheNextBand() {
    ExperienceCurves.Band twoToFour = ExperienceCurves.BANDS.get(1);
    assertThat(twoToFour.contains(2)).isTrue();
    assertThat(twoToFour.contains(4.9)).isTrue();
    assertThat(twoToFour.contains(5)).isFalse();
    assertThat(ExperienceCurves.BANDS.get(4).contains(40)).isTrue();
  }
}
