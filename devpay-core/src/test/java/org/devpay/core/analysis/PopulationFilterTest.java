package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;
import org.junit.jupiter.api.Test;

class PopulationFilterTest {
  private final List<PayRecord> records =
      List.of(
          AnalysisRecords.usd().profession(Profession.DEVELOPER).pay(100),
          AnalysisRecords.usd().profession(Profession.NOT_DEVELOPER).pay(101),
          AnalysisRecords.usd()
              .profession(Profession.NOT_DEVELOPER)
              .employment(Employment.PART_TIME)
              .pay(102),
          AnalysisRecords.usd()
              .profession(Profession.DEVELOPER)
              .employment(Employment.CONTRACTOR)
              .pay(103),
          // Not asked: kept by the profession test; employment unknown: kept by the full-time test.
          AnalysisRecords.usd().employment(Employment.UNKNOWN).pay(104),
          AnalysisRecords.usd().employment(Employment.INTERN).pay(105));

  @Test
  void theDefaultKeepsDevelopersByProfessionKnownOrNotAskedWorkingFullTimeOrNotSaying() {
    PopulationFilter.Result result = PopulationFilter.PROFESSIONAL_FULL_TIME.apply(records);

    assertThat(result.kept()).extracting(r -> r.annualUsd()).containsExactly(100.0, 104.0);
    // 101 and 102 fail the profession test first; 103 and 105 then fail the full-time test.
    assertThat(result.count().removedNotProfessional()).isEqualTo(2);
    assertThat(result.count().removedNotFullTime()).isEqualTo(2);
    assertThat(result.count().rowsWithPay()).isEqualTo(6);
    assertThat(result.count().rowsKept()).isEqualTo(2);
    assertThat(result.count().filterId()).isEqualTo("professional");
  }

  @Test
  void eachTestCanBeUsedAlone() {
    assertThat(new PopulationFilter(true, false).apply(records).kept())
        .extracting(PayRecord::annualUsd)
        .containsExactly(100.0, 103.0, 104.0, 105.0);
    assertThat(new PopulationFilter(false, true).apply(records).kept())
        .extracting(PayRecord::annualUsd)
        .containsExactly(100.0, 101.0, 104.0);
    assertThat(PopulationFilter.ALL.apply(records).kept()).hasSize(6);
    assertThat(PopulationFilter.ALL.apply(records).count().rowsKept()).isEqualTo(6);
  }

  @Test
  void parsesEveryIdAndRefusesOthersAsUserInput() {
    for (PopulationFilter filter : PopulationFilter.every()) {
      assertThat(PopulationFilter.parse(filter.id())).isEqualTo(filter);
    }
    assertThat(PopulationFilter.parse(" ALL ")).isEqualTo(PopulationFilter.ALL);
    assertThat(PopulationFilter.every().get(0)).isEqualTo(PopulationFilter.PROFESSIONAL_FULL_TIME);
    assertThatThrownBy(() -> PopulationFilter.parse("students"))
        .isInstanceOf(DevpayException.class)
        .hasMessageContaining("professional, all");
  }

  @Test
  void everyFilterDescribesItselfDifferently() {
    assertThat(PopulationFilter.every().stream().map(PopulationFilter::describe).distinct())
        .hasSize(4);
  }
}
