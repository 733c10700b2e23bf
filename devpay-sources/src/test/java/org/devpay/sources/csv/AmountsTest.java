package org.devpay.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.devpay.core.model.RejectReason;
import org.junit.jupiter.api.Test;

/** Strict number reading: what counts as a missing, unreadable or non-positive pay amount. */
class AmountsTest {
  @Test
  void readsPlainDecimalsAndExponents() throws RowRejectedException {
    assertThat(Amounts.positiveAmount("pay", " 2092.5 ")).isEqualTo(2092.5);
    assertThat(Amounts.positiveAmount("pay", "1.2e5")).isEqualTo(120_000.0);
    assertThat(Amounts.positiveAmount("pay", ".5")).isEqualTo(0.5);
  }

  @Test
  void rejectsEmptyAndNaAsMissingAmount() {
    for (String missing : new String[] {"", "  ", "NA"}) {
      assertThatThrownBy(() -> Amounts.positiveAmount("pay", missing))
          .isInstanceOfSatisfying(
              RowRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(RejectReason.MISSING_AMOUNT));
    }
  }

  @Test
  void rejectsTextThatJavaWouldParseButIsNoAmount() {
    for (String text : new String[] {"ten", "NaN", "Infinity", "0x1p3", "100d", "1,000", "$100"}) {
      assertThatThrownBy(() -> Amounts.positiveAmount("pay", text))
          .isInstanceOfSatisfying(
              RowRejectedException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(RejectReason.UNPARSEABLE_AMOUNT);
                assertThat(e.detail()).isEqualTo("pay='" + text + "'");
              });
    }
  }

  @Test
  void rejectsZeroAndNegativeAmounts() {
    for (String text : new String[] {"0", "0.0", "-5"}) {
      assertThatThrownBy(() -> Amounts.positiveAmount("pay", text))
          .isInstanceOfSatisfying(
              RowRejectedException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(RejectReason.NON_POSITIVE_AMOUNT);
                assertThat(e.detail()).isEqualTo("pay='" + text + "'");
              });
    }
  }

  @Test
  void rejectsNumbersTooLargeForADouble() {
    assertThat(Amounts.decimal("1e999")).isEmpty();
  }
}
