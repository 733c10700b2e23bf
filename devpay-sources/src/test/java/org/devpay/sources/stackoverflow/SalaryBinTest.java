package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.devpay.core.model.PayRange;
import org.junit.jupiter.api.Test;

/** {@link SalaryBin}: Stack Overflow 2016's published salary bins. */
class SalaryBinTest {
  @Test
  void readsABoundedBin() {
    assertThat(SalaryBin.parse("$40,000 - $50,000"))
        .contains(new PayRange(40_000, OptionalDouble.of(50_000), "$40,000 - $50,000"));
  }

  @Test
  void readsTheBottomBinFromZero() {
    assertThat(SalaryBin.parse("Less than $10,000"))
        .contains(new PayRange(0, OptionalDouble.of(10_000), "Less than $10,000"));
  }

  @Test
  void readsTheTopBinAsOpen() {
    assertThat(SalaryBin.parse("More than $200,000"))
        .contains(new PayRange(200_000, OptionalDouble.empty(), "More than $200,000"));
  }

  @Test
  void answersThatAreNotBinsGiveNoRange() {
    assertThat(SalaryBin.parse("Rather not say")).isEmpty();
    assertThat(SalaryBin.parse("Unemployed")).isEmpty();
    assertThat(SalaryBin.parse("Other (please specify)")).isEmpty();
    assertThat(SalaryBin.parse("")).isEmpty();
    assertThat(SalaryBin.parse("$50,000 - $40,000")).isEmpty();
  }
}
