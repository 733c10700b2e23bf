package org.devpay.sources.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.junit.jupiter.api.Test;

/** The mapping file of issue 8, read as written there, and each kind of mistake named exactly. */
class MappingFileTest {
  /** The example of the issue, verbatim but for the comments. */
  static final String ISSUE_EXAMPLE =
      """
      dataset: kode24            # id: lowercase letters, digits, dashes; not a built-in dataset's id
      edition: "2024"
      year: 2024                 # survey year, for exchange rates and prices
      currency: NOK              # ISO 4217
      period: year               # year | month | week | hour
      basis: gross               # gross | net
      scope: base                # base | total
      sheet: Form1               # XLSX only; default: the first sheet
      title: kode24 lønnsundersøkelse 2024        # optional, as are publisher, licence, attribution, url
      columns:                   # devpay field -> header of the file's column
        pay: lønn
        role: fag
        years_experience: erfaring
        city: arbeidssted
        employment: arbeidssituasjon
        # also: seniority, country, industry, skills, weight, respondent_id, age
      constants:                 # fields the file does not hold but that are the same for every row
        country: "NO"
      roles:                     # optional: file label -> role family id
        backend: backend
        frontend: frontend
        fullstack: fullstack
      separators:                # optional, for multi-valued columns
        skills: ";"
      """;

  private static Mapping parse(String text) {
    return MappingFile.parse("map.yaml", text);
  }

  private static String problem(String text) {
    try {
      parse(text);
    } catch (DevpayException e) {
      assertThat(e.category()).isEqualTo(ErrorCategory.USER_INPUT);
      return e.getMessage();
    }
    throw new AssertionError("no problem found in:\n" + text);
  }

  private static String minimal(String replace, String with) {
    String base =
        """
        dataset: kode24
        edition: "2024"
        year: 2024
        currency: NOK
        period: year
        basis: gross
        scope: base
        columns:
          pay: lønn
          role: fag
        """;
    if (!base.contains(replace)) {
      throw new IllegalArgumentException(replace);
    }
    return base.replace(replace, with);
  }

  @Test
  void readsTheIssueExampleAsWritten() {
    // Its separators line names skills, which it maps to no column: harmless, and accepted.
    Mapping mapping = parse(ISSUE_EXAMPLE);
    assertThat(mapping.columns()).doesNotContainKey(MappedField.SKILLS);
    assertThat(mapping.separators()).containsEntry(MappedField.SKILLS, ";");
    assertThat(problem(minimal("  role: fag", "  role: fag\nseparators:\n  role: \",\"")))
        .isEqualTo(
            "map.yaml line 12: separators.role: only skills and industry hold several values in"
                + " a cell; role has one");
  }

  @Test
  void readsTheIssueExampleWithASkillsColumn() {
    Mapping mapping =
        parse(
            ISSUE_EXAMPLE.replace(
                "  employment: arbeidssituasjon\n",
                "  employment: arbeidssituasjon\n  skills: språk\n"));
    assertThat(mapping.dataset()).isEqualTo("kode24");
    assertThat(mapping.edition()).isEqualTo("2024");
    assertThat(mapping.year()).isEqualTo(2024);
    assertThat(mapping.currency()).isEqualTo("NOK");
    assertThat(mapping.period()).isEqualTo(PayPeriod.YEAR);
    assertThat(mapping.basis()).isEqualTo(TaxBasis.GROSS);
    assertThat(mapping.scope()).isEqualTo(PayScope.BASE);
    assertThat(mapping.sheet()).contains("Form1");
    assertThat(mapping.title()).contains("kode24 lønnsundersøkelse 2024");
    assertThat(mapping.columns())
        .containsEntry(MappedField.PAY, "lønn")
        .containsEntry(MappedField.ROLE, "fag")
        .containsEntry(MappedField.YEARS_EXPERIENCE, "erfaring")
        .containsEntry(MappedField.CITY, "arbeidssted")
        .containsEntry(MappedField.EMPLOYMENT, "arbeidssituasjon")
        .containsEntry(MappedField.SKILLS, "språk");
    assertThat(mapping.constants()).containsEntry(MappedField.COUNTRY, "NO");
    assertThat(mapping.roleOf("Backend")).contains(RoleFamily.BACKEND);
    assertThat(mapping.roleOf("  FULLSTACK ")).contains(RoleFamily.FULLSTACK);
    assertThat(mapping.roleOf("devops")).isEmpty();
    assertThat(mapping.separators()).containsEntry(MappedField.SKILLS, ";");
    assertThat(mapping.payDescription()).isEqualTo("gross base pay in NOK per year as published");
  }

  @Test
  void anUnquotedNoIsNorwayNotFalse() {
    Mapping mapping = parse(minimal("columns:", "constants:\n  country: NO\ncolumns:"));
    assertThat(mapping.constants()).containsEntry(MappedField.COUNTRY, "NO");
  }

  @Test
  void editionDefaultsToTheYearAndPeriodsSayTheirAnnualFactor() {
    Mapping mapping =
        parse(minimal("edition: \"2024\"\n", "").replace("period: year", "period: hour"));
    assertThat(mapping.edition()).isEqualTo("2024");
    assertThat(mapping.payDescription())
        .isEqualTo("gross base pay in NOK per hour as published; annual = pay × 2,080");
    assertThat(parse(minimal("period: year", "period: Month")).payDescription())
        .endsWith("per month as published; annual = pay × 12");
    assertThat(parse(minimal("period: year", "period: week")).payDescription())
        .endsWith("annual = pay × 52");
  }

  @Test
  void namesAnUnknownFieldWithTheFieldsThereAre() {
    assertThat(problem(minimal("  role: fag", "  salary: lønn2")))
        .isEqualTo(
            "map.yaml line 10: columns.salary: unknown field 'salary'; the fields are pay, role,"
                + " years_experience, city, employment, seniority, country, industry, skills,"
                + " weight, respondent_id, age");
    assertThat(problem(minimal("  role: fag", "  rol: fag")))
        .contains("columns.rol: unknown field 'rol'; did you mean 'role'?");
  }

  @Test
  void namesAnUnknownKeyWithASuggestion() {
    assertThat(problem(minimal("scope: base", "scope: base\nlicense: CC BY 4.0")))
        .isEqualTo(
            "map.yaml line 8: license: unknown key; did you mean 'licence'?; the keys are dataset,"
                + " edition, year, currency, period, basis, scope, sheet, title, publisher,"
                + " licence, attribution, url, columns, constants, roles, separators");
  }

  @Test
  void namesABadCurrency() {
    assertThat(problem(minimal("currency: NOK", "currency: NKR")))
        .isEqualTo(
            "map.yaml line 4: currency: 'NKR' is not an ISO 4217 currency code; use three letters,"
                + " such as NOK, EUR, USD or SEK");
  }

  @Test
  void aCurrencyWithoutARateForTheYearIsAProblemNotAFailedRow() {
    assertThat(problem(minimal("year: 2024", "year: 1999")))
        .isEqualTo(
            "map.yaml line 4: currency: devpay has no 1999 exchange rate for NOK, so no row could"
                + " be converted to US dollars; its yearly rates for NOK cover 2010 to 2025");
    assertThat(problem(minimal("currency: NOK", "currency: ARS")))
        .contains("its yearly rates (ECB reference rates) have no ARS at all");
  }

  @Test
  void namesABadPeriodBasisAndScopeTogether() {
    String message =
        problem(
            minimal("period: year", "period: monthly")
                .replace("basis: gross", "basis: brutto")
                .replace("scope: base", "scope: all"));
    assertThat(message)
        .isEqualTo(
            "map.yaml: 3 problems in the mapping:\n"
                + "  map.yaml line 5: period: 'monthly' is not allowed; use year, month, week or"
                + " hour (the period the pay covers)\n"
                + "  map.yaml line 6: basis: 'brutto' is not allowed; use gross or net (before or"
                + " after income tax)\n"
                + "  map.yaml line 7: scope: 'all' is not allowed; use base or total (base salary,"
                + " or total compensation with bonus and stock)");
  }

  @Test
  void namesABadOrBuiltInDatasetId() {
    assertThat(problem(minimal("dataset: kode24", "dataset: Kode 24")))
        .isEqualTo(
            "map.yaml line 1: dataset: 'Kode 24' is not a dataset id: use lowercase letters,"
                + " digits and dashes (such as kode24 or my-company-2024), at most 64 characters");
    assertThat(problem(minimal("dataset: kode24", "dataset: dou-ua")))
        .isEqualTo(
            "map.yaml line 1: dataset: 'dou-ua' is a built-in dataset's id (`devpay datasets`"
                + " lists them); choose another id for your own data");
    assertThat(problem(minimal("dataset: kode24", "dataset: so-survey-2031")))
        .contains("is a built-in dataset's id");
  }

  @Test
  void namesMissingRequiredKeys() {
    assertThat(problem("dataset: kode24\ncolumns:\n  role: fag\n"))
        .isEqualTo(
            "map.yaml: 6 problems in the mapping:\n"
                + "  map.yaml: year: is required: the survey year, such as 2024\n"
                + "  map.yaml: currency: is required: the ISO 4217 code of the pay column, such as"
                + " NOK or EUR\n"
                + "  map.yaml: period: is required: year, month, week or hour (the period the pay"
                + " covers)\n"
                + "  map.yaml: basis: is required: gross or net (before or after income tax)\n"
                + "  map.yaml: scope: is required: base or total (base salary, or total"
                + " compensation with bonus and stock)\n"
                + "  map.yaml line 2: columns: has no 'pay': name the column that holds the pay"
                + " amount");
  }

  @Test
  void namesABadRoleFamilyAndConstantsThatCannotBe() {
    assertThat(problem(minimal("  role: fag", "  role: fag\nroles:\n  Utvikler: back-end")))
        .isEqualTo(
            "map.yaml line 12: roles.Utvikler: 'back-end' is not a role family; use one of"
                + " backend, frontend, fullstack, mobile, devops, data-engineering, data-science,"
                + " qa, embedded, security, management, other, unknown");
    assertThat(problem(minimal("columns:", "constants:\n  pay: 50000\ncolumns:")))
        .contains(
            "constants.pay: pay differs from row to row, so it cannot be a constant; name its"
                + " column under columns:");
    assertThat(problem(minimal("columns:", "constants:\n  role: backend\ncolumns:")))
        .contains(
            "constants.role: role is also mapped to a column (columns.role); keep one of the two");
    assertThat(problem(minimal("columns:", "constants:\n  country: Narnia\ncolumns:")))
        .contains("constants.country: 'Narnia' is not a country devpay knows");
  }

  @Test
  void reportsYamlSyntaxWithItsLine() {
    assertThat(problem("dataset: kode24\ncolumns: [pay\n"))
        .startsWith("map.yaml line 2: not valid YAML: while parsing a flow sequence");
    assertThat(problem("dataset: a\ndataset: b\n"))
        .isEqualTo("map.yaml line 2: 'dataset' is given twice (first on line 1)");
    assertThat(problem("")).isEqualTo("map.yaml: the file is empty");
    assertThat(problem("just text"))
        .startsWith("map.yaml: a mapping file is a set of 'key: value' lines");
  }

  @Test
  void aUrlMustBeAnHttpAddress() {
    assertThat(problem(minimal("scope: base", "scope: base\nurl: kode24.no/lonn")))
        .isEqualTo("map.yaml line 8: url: 'kode24.no/lonn' is not an http(s) address");
    Mapping mapping = parse(minimal("scope: base", "scope: base\nurl: https://www.kode24.no/"));
    assertThat(mapping.url().map(Object::toString))
        .isEqualTo(Optional.of("https://www.kode24.no/"));
  }
}
