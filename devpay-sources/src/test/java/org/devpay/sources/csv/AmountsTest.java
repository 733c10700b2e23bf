package org.devpay.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.devpay.core.model.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strict reading of pay fields: what counts as a missing, unreadable or non-positive amount, and
 * how each rejection is worded.
 */
class AmountsTest {
  @Test
  void readsPlainDecimalsAndExponentsAsProgramsWriteThem() throws RowRejectedException {
    assertThat(Amounts.positiveAmount("Salary", "113750")).isEqualTo(113_750.0);
    assertThat(Amounts.positiveAmount("Salary", " 51612.9032258064 ")).isEqualTo(51612.9032258064);
    assertThat(Amounts.positiveAmount("pay", " 2092.5 ")).isEqualTo(2092.5);
    assertThat(Amounts.positiveAmount("pay", "1.2e5")).isEqualTo(120_000.0);
    assertThat(Amounts.positiveAmount("pay", ".5")).isEqualTo(0.5);
  }

  @Test
  void readsTheExponentFormRWritesForRoundAmounts() throws RowRejectedException {
    // R writes 120000 as "12e4" in the Stack Overflow 2017 export.
    assertThat(Amounts.positiveAmount("Salary", "12e4")).isEqualTo(120_000.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void rejectsABlankFieldAsMissingSayingItIsEmpty(String blank) {
    assertRejected(
        () -> Amounts.positiveAmount("Salary", blank),
        RejectReason.MISSING_AMOUNT,
        "Salary is empty");
  }

  @Test
  void rejectsTheNaMarkerAsMissingQuotingIt() {
    assertRejected(
        () -> Amounts.positiveAmount("Salary", "NA"), RejectReason.MISSING_AMOUNT, "Salary='NA'");
  }

  @Test
  void treatsOnlyTheExactNaMarkerAsMissing() {
    // R and pandas write "NA" exactly; other spellings are left to a source's own documented rule.
    assertThat(Amounts.isMissing(" NA ")).isTrue();
    assertThat(Amounts.isMissing("")).isTrue();
    assertThat(Amounts.isMissing("na")).isFalse();
    assertRejected(
        () -> Amounts.positiveAmount("Salary", "na"),
        RejectReason.UNPARSEABLE_AMOUNT,
        "Salary='na'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ten", "NaN", "Infinity", "0x1p3", "100d", "1,000", "65,000", "$100", "1e999"})
  void rejectsTextThatJavaWouldParseButIsNoAmountQuotingTheValue(String text) {
    assertRejected(
        () -> Amounts.positiveAmount("pay", text),
        RejectReason.UNPARSEABLE_AMOUNT,
        "pay='" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "-5", "-5e3"})
  void rejectsZeroAndNegativeAmountsQuotingTheValue(String text) {
    assertRejected(
        () -> Amounts.positiveAmount("pay", text),
        RejectReason.NON_POSITIVE_AMOUNT,
        "pay='" + text + "'");
  }

  @Test
  void readsNoNumberTooLargeForADouble() {
    assertThat(Amounts.decimal("1e999")).isEmpty();
    assertThat(Amounts.decimal("-1e999")).isEmpty();
  }

  @Test
  void readsASourcesOwnNumberFormUnderTheSameReasons() throws RowRejectedException {
    // A form that reads "65k" only, standing in for a survey's documented rule.
    Amounts.NumberForm thousands =
        text ->
            text.endsWith("k")
                ? OptionalDouble.of(1000 * Double.parseDouble(text.replace("k", "")))
                : OptionalDouble.empty();

    assertThat(Amounts.positiveAmount("pay", " 65k ", thousands)).isEqualTo(65_000.0);
    assertRejected(
        () -> Amounts.positiveAmount("pay", "65000", thousands),
        RejectReason.UNPARSEABLE_AMOUNT,
        "pay='65000'");
    assertRejected(
        () -> Amounts.positiveAmount("pay", "0k", thousands),
        RejectReason.NON_POSITIVE_AMOUNT,
        "pay='0k'");
    assertRejected(
        () -> Amounts.positiveAmount("pay", "NA", thousands),
        RejectReason.MISSING_AMOUNT,
        "pay='NA'");
  }

  private static void assertRejected(ThrowingCallable call, RejectReason reason, String detail) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.detail()).isEqualTo(detail);
            });
  }
}
