package org.devpay.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.junit.jupiter.api.Test;

/**
 * An edition's columns code what a record holds, and refuse what a record's constructor refuses, so
 * that a store broken by hand fails its column read as it fails its record read.
 */
class EditionColumnsTest {
  private static final EditionKey KEY = new EditionKey("d", "2024");

  @Test
  void codesStringsInTheOrderRowsFirstShowThem() {
    EditionColumns columns =
        add(
                add(
                    add(EditionColumns.builder(KEY, 1), "DE", "EUR", List.of("java", "go"), 5e4, 1),
                    null,
                    "CHF",
                    List.of("go"),
                    6e4,
                    2),
                "DE",
                "EUR",
                List.of(),
                7e4,
                1)
            .build();

    assertThat(columns.size()).isEqualTo(3);
    assertThat(columns.country().code(0)).isEqualTo(0);
    assertThat(columns.country().code(1)).isEqualTo(-1);
    assertThat(columns.country().value(columns.country().code(2))).isEqualTo("DE");
    assertThat(columns.currency().distinct()).isEqualTo(2);
    assertThat(columns.skills().from(1)).isEqualTo(2);
    assertThat(columns.skills().to(1)).isEqualTo(3);
    assertThat(columns.skills().value(columns.skills().codeAt(2))).isEqualTo("go");
    assertThat(columns.skills().holds(0, columns.skills().codeAt(2))).isTrue();
    assertThat(columns.skills().from(2)).isEqualTo(columns.skills().to(2));
    assertThat(columns.weight(1)).isEqualTo(2);
    assertThat(columns.hasRange(0)).isFalse();
  }

  @Test
  void refusesWhatARecordRefuses() {
    assertThatThrownBy(() -> add(EditionColumns.builder(KEY, 1), "DE", "EUR", List.of(), -1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annualLocal must be finite and > 0: -1.0");
    assertThatThrownBy(() -> add(EditionColumns.builder(KEY, 1), "DE", "EUR", List.of(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and > 0: 0.0");
    assertThatThrownBy(() -> add(EditionColumns.builder(KEY, 1), "DE", "eur", List.of(), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be an ISO 4217 code: eur");
    assertThatThrownBy(() -> add(EditionColumns.builder(KEY, 1), "Germany", "EUR", List.of(), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be ISO 3166-1 alpha-2: Germany");
  }

  private static EditionColumns.Builder add(
      EditionColumns.Builder builder,
      String country,
      String currency,
      List<String> skills,
      double annual,
      double weight) {
    return builder.add(
        2024,
        RoleFamily.BACKEND,
        Seniority.SENIOR,
        Double.NaN,
        Employment.FULL_TIME,
        Profession.DEVELOPER,
        country,
        null,
        List.of(),
        skills,
        currency,
        PayPeriod.YEAR,
        TaxBasis.GROSS,
        PayScope.BASE,
        Double.NaN,
        Double.NaN,
        annual,
        annual,
        weight);
  }
}
