package org.devpay.sources.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandTypedNumberTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "650000|650000",
        "650 000|650000",
        "650\u00A0000 kr|650000",
        "NOK 650000|650000",
        "€ 4 500|4500",
        "$85,000|85000",
        "1,234,567|1234567",
        "1.234.567|1234567",
        "1,234.50|1234.5",
        "1.234,50|1234.5",
        "4.500|4500",
        "65,000|65000",
        "52,5|52.5",
        "3500.75|3500.75",
        "1234,50|1234.5",
        "0,500|0.5",
        "1'250|1250",
        "12e4|120000",
        "-5|-5",
        "4500 €|4500",
        "4 500,- |4500"
      })
  void readsNumbersAsPeopleTypeThem(String text, double expected) {
    assertThat(HandTypedNumber.read(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "65k",
        "ten thousand",
        "50-60",
        "1,23,4",
        "1.234.56",
        "NaN",
        "Infinity",
        "1,2,3.4.5"
      })
  void refusesWhatIsNotANumber(String text) {
    assertThat(HandTypedNumber.read(text)).isEmpty();
  }
}
