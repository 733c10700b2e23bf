package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

/** {@link RolePayAnswer}'s population filter and its interval-aware figures for binned pay. */
class RolePayAnswerPopulationAndBinsTest {
  private static List<PayRecord> mixedPopulation() {
    List<PayRecord> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(AnalysisRecords.usd().role(RoleFamily.BACKEND, "b").pay(100_000 + i));
      records.add(AnalysisRecords.usd().role(RoleFamily.FRONTEND, "f").pay(80_000 + i));
    }
    records.add(
        AnalysisRecords.usd()
            .role(RoleFamily.BACKEND, "b")
            .profession(Profession.NOT_DEVELOPER)
            .pay(5_000));
    records.add(
        AnalysisRecords.usd()
            .role(RoleFamily.FRONTEND, "f")
            .employment(Employment.PART_TIME)
            .pay(20_000));
    return records;
  }

  @Test
  void theDefaultPopulationIsAppliedFirstAndCounted() {
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("s", "1", mixedPopulation());

    assertThat(answer.population().rowsWithPay()).isEqualTo(26);
    assertThat(answer.population().removedNotProfessional()).isEqualTo(1);
    assertThat(answer.population().removedNotFullTime()).isEqualTo(1);
    assertThat(answer.asPublished().rows()).isEqualTo(24);
    assertThat(answer.asPublished().cells()).allSatisfy(cell -> assertThat(cell.n()).isEqualTo(12));
  }

  @Test
  void populationAllKeepsEveryRowWithPay() {
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults().withPopulation(PopulationFilter.ALL))
            .answer("s", "1", mixedPopulation());

    assertThat(answer.population().rowsKept()).isEqualTo(26);
    assertThat(answer.asPublished().rows()).isEqualTo(26);
    assertThat(answer.population().filterId()).isEqualTo("all");
  }

  @Test
  void binnedPayGetsInterpolatedQuartilesBesideTheMidpointFigures() {
    List<PayRecord> records = new ArrayList<>();
    // Back-end: 4 in [40k, 50k), 6 in [50k, 60k), 2 in "more than 200k"; midpoints 45k, 55k, 210k.
    for (int i = 0; i < 4; i++) {
      records.add(bin(RoleFamily.BACKEND, 40_000, 50_000, 45_000));
    }
    for (int i = 0; i < 6; i++) {
      records.add(bin(RoleFamily.BACKEND, 50_000, 60_000, 55_000));
    }
    for (int i = 0; i < 2; i++) {
      records.add(
          AnalysisRecords.usd()
              .role(RoleFamily.BACKEND, "b")
              .bin(200_000, OptionalDouble.empty())
              .pay(210_000));
    }
    // Front-end: 3 rows only, below the privacy floor.
    for (int i = 0; i < 3; i++) {
      records.add(bin(RoleFamily.FRONTEND, 30_000, 40_000, 35_000));
    }

    EditionAnswer answer = new RolePayAnswer(AnswerSettings.defaults()).answer("s", "1", records);

    BinnedRoleCell backEnd =
        answer.binned().stream()
            .filter(c -> c.role() == RoleFamily.BACKEND)
            .findFirst()
            .orElseThrow();
    // N = 12, median at 6: past the 4 in [40k, 50k), 2 of 6 into [50k, 60k): 50k + 2/6 * 10k.
    assertThat(backEnd.median().orElseThrow().value()).isCloseTo(53_333.333333, within(1e-3));
    // p75 at 9: 5 of 6 into [50k, 60k): 58,333.33; the midpoint median is 55k.
    assertThat(backEnd.p75().orElseThrow().value()).isCloseTo(58_333.333333, within(1e-3));
    assertThat(backEnd.median().orElseThrow().lowerBoundOnly()).isFalse();
    assertThat(answer.asPublished().cells().get(0).median().getAsDouble()).isEqualTo(55_000);
    assertThat(answer.binned())
        .filteredOn(c -> c.role() == RoleFamily.FRONTEND)
        .singleElement()
        .satisfies(c -> assertThat(c.suppressed()).isTrue());
    assertThat(answer.verdict())
        .contains("Interval-aware medians, interpolated within the bins: back-end 53,333");
  }

  @Test
  void unbinnedPayHasNoIntervalFigures() {
    EditionAnswer answer =
        new RolePayAnswer(AnswerSettings.defaults()).answer("s", "1", mixedPopulation());

    assertThat(answer.binned()).isEmpty();
    assertThat(answer.verdict()).doesNotContain("Interval-aware");
  }

  private static PayRecord bin(RoleFamily role, double lower, double upper, double midpoint) {
    return AnalysisRecords.usd()
        .role(role, role.id())
        .bin(lower, OptionalDouble.of(upper))
        .pay(midpoint);
  }
}
