package org.devpay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The letter-code checks agree with the regexes they replace, [A-Z]{3} for a currency and [A-Z]{2}
 * for a country, on every short text near them.
 */
class PublishedPayTest {
  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  @Test
  void theLetterCodeChecksAreTheRegexesMatches() {
    char[] chars = {'@', 'A', 'B', 'Y', 'Z', '[', '`', 'a', 'z', '0', ' ', 'É', 'Ａ'};
    int checked = 0;
    for (int length = 0; length <= 4; length++) {
      int combinations = (int) Math.pow(chars.length, length);
      for (int n = 0; n < combinations; n++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, rest = n; i < length; i++, rest /= chars.length) {
          text.append(chars[rest % chars.length]);
        }
        String code = text.toString();
        assertThat(PublishedPay.isIsoCode(code))
            .as("'%s'", code)
            .isEqualTo(ISO_CODE.matcher(code).matches());
        assertThat(Location.isAlpha2(code))
            .as("'%s'", code)
            .isEqualTo(ALPHA_2.matcher(code).matches());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(1 + 13 + 169 + 2_197 + 28_561);
  }

  @Test
  void aRecordRefusesACurrencyThatIsNotACode() {
    assertThat(
            new PublishedPay(
                    1, "UAH", PayPeriod.MONTH, TaxBasis.GROSS, PayScope.BASE, Optional.empty())
                .currency())
        .isEqualTo("UAH");
    assertThatThrownBy(
            () ->
                new PublishedPay(
                    1, "uah", PayPeriod.MONTH, TaxBasis.GROSS, PayScope.BASE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 4217");
  }
}
