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

  @Test
  void rowsGivenAsCodesInSortedTextsBuildTheSameColumnsAsTheirTexts() {
    // The store's read: every text column's distinct values in sorted order, each row's values as
    // positions in them, while the columns number values in the order rows first show them.
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<String> countries = List.of("BR", "DE", "FR", "US");
    List<String> metros = List.of("Berlin", "Paris", "São Paulo");
    List<String> currencies = List.of("BRL", "EUR", "USD");
    List<List<String>> lists =
        List.of(
            List.of(),
            List.of("go"),
            List.of("go", "java"),
            List.of("java"),
            List.of("rust", "go"));
    EditionColumns.TextCodes texts =
        new EditionColumns.TextCodes(countries, metros, currencies, lists, lists);
    EditionColumns.Builder byText = EditionColumns.builder(KEY, 4);
    EditionColumns.Builder byCode = EditionColumns.builder(KEY, 4, texts);
    // Room made ahead in uneven steps, sometimes more than the rows that come (Builder.reserve).
    EditionColumns.Builder reserved = EditionColumns.builder(KEY, 1);
    for (int row = 0; row < 2_000; row++) {
      if (row % 700 == 0) {
        reserved.reserve(row == 1_400 ? 1_000 : 700).reserve(0);
      }
      int country = random.nextInt(-1, countries.size());
      int metro = random.nextInt(-1, metros.size());
      int industries = random.nextInt(lists.size());
      int skills = random.nextInt(lists.size());
      int currency = random.nextInt(currencies.size());
      int year = 2020 + random.nextInt(5);
      RoleFamily role = RoleFamily.values()[random.nextInt(RoleFamily.values().length)];
      double years = random.nextInt(40);
      double annual = 1_000 + random.nextInt(100_000);
      double lower = random.nextBoolean() ? Double.NaN : annual / 2;
      double upper = random.nextInt(3) == 0 ? Double.NaN : annual * 2;
      double weight = 1 + random.nextInt(3);
      // The same row both ways: as its texts, and as their positions in the sorted texts.
      for (EditionColumns.Builder builder : List.of(byText, reserved)) {
        builder.add(
            year,
            role,
            Seniority.SENIOR,
            years,
            Employment.FULL_TIME,
            Profession.DEVELOPER,
            country < 0 ? null : countries.get(country),
            metro < 0 ? null : metros.get(metro),
            lists.get(industries),
            lists.get(skills),
            currencies.get(currency),
            PayPeriod.YEAR,
            TaxBasis.GROSS,
            PayScope.BASE,
            lower,
            upper,
            annual,
            annual * 1.5,
            weight);
      }
      byCode.addCoded(
          year,
          role,
          Seniority.SENIOR,
          years,
          Employment.FULL_TIME,
          Profession.DEVELOPER,
          country,
          metro,
          industries,
          skills,
          currency,
          PayPeriod.YEAR,
          TaxBasis.GROSS,
          PayScope.BASE,
          lower,
          upper,
          annual,
          annual * 1.5,
          weight);
    }

    EditionColumns expected = byText.build();
    EditionColumns coded = byCode.build();

    assertThat(coded).isEqualTo(expected);
    assertThat(reserved.build()).isEqualTo(expected);
    assertThatThrownBy(() -> EditionColumns.builder(KEY, 1).reserve(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(coded.skills().distinct()).isEqualTo(3);
    assertThat(coded.country().distinct()).isEqualTo(4);
  }

  @Test
  void aCodedRowIsRefusedAsItsTextsAre() {
    EditionColumns.TextCodes texts =
        new EditionColumns.TextCodes(
            List.of("Germany"),
            List.of(),
            List.of("EUR", "eur"),
            List.of(List.of()),
            List.of(List.of()));
    assertThatThrownBy(() -> coded(EditionColumns.builder(KEY, 1, texts), 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be ISO 3166-1 alpha-2: Germany");
    assertThatThrownBy(() -> coded(EditionColumns.builder(KEY, 1, texts), -1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must be an ISO 4217 code: eur");
    assertThatThrownBy(() -> coded(EditionColumns.builder(KEY, 1, texts), -1, -1, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency is null");
    assertThatThrownBy(() -> coded(EditionColumns.builder(KEY, 1, texts), -1, 0, -1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("industries is null");
  }

  private static EditionColumns.Builder coded(
      EditionColumns.Builder builder, int country, int currency, int industries) {
    return builder.addCoded(
        2024,
        RoleFamily.BACKEND,
        Seniority.SENIOR,
        Double.NaN,
        Employment.FULL_TIME,
        Profession.DEVELOPER,
        country,
        -1,
        industries,
        industries,
        currency,
        PayPeriod.YEAR,
        TaxBasis.GROSS,
        PayScope.BASE,
        Double.NaN,
        Double.NaN,
        1,
        1,
        1);
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
