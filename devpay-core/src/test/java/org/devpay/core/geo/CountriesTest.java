package org.devpay.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  /**
   * Survey answers that are deliberately not countries (see scripts/reference/country_aliases.py).
   */
  private static final Set<String> NOT_COUNTRIES =
      Set.of("Other (please specify)", "I prefer not to say");

  private final Countries countries = Countries.fromResources();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "United States|US",
        "United States of America|US",
        "USA|US",
        "us|US",
        "UK|GB",
        "United Kingdom of Great Britain and Northern Ireland|GB",
        "Russian Federation|RU",
        "Iran, Islamic Republic of...|IR",
        "Republic of Korea|KR",
        "Korea, South|KR",
        "Viet Nam|VN",
        "Czech Republic|CZ",
        "Czechia|CZ",
        "Hong Kong (S.A.R.)|HK",
        "The former Yugoslav Republic of Macedonia|MK",
        "Côte d'Ivoire|CI",
        "Cote D'Ivoire|CI",
        "  germany  |DE",
        "DEU|DE",
        "Türkiye|TR",
        "Turkey|TR",
        "Kosovo|XK",
        "Ireland {Republic}|IE",
        "Myanmar, {Burma}|MM",
        "The Netherlands|NL",
      })
  void resolvesSurveySpellingsToAlpha2(String text, String alpha2) {
    assertThat(countries.resolve(text)).contains(alpha2);
  }

  @Test
  void leavesBlankAndNonCountriesUnresolved() {
    assertThat(countries.resolve("")).isEmpty();
    assertThat(countries.resolve("   ")).isEmpty();
    assertThat(countries.resolve("Other (please specify)")).isEmpty();
    assertThat(countries.resolve("Nomadic")).isEmpty();
    assertThat(countries.resolve("I prefer not to say")).isEmpty();
  }

  /** Every distinct `country` of Stack Overflow 2016 (56,030 rows) resolves, except "Other". */
  @Test
  void resolvesEveryStackOverflow2016Country() {
    Map<String, Long> counts =
        RealColumns.counts("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz", "country");
    Map<String, Long> unresolved = unresolved(counts);
    assertThat(counts).hasSizeGreaterThan(170);
    assertThat(unresolved.keySet()).isSubsetOf(NOT_COUNTRIES);
    report("Stack Overflow 2016", counts, unresolved);
  }

  /**
   * Every distinct `Country` of the Stack Overflow 2017 partial file resolves, except refusals.
   * "Netherlands Antilles" (dissolved 2010) resolves to AN, the code GeoNames still lists.
   */
  @Test
  void resolvesEveryStackOverflow2017Country() {
    Map<String, Long> counts =
        RealColumns.counts("so-survey-2017-partial/survey_results_public.csv", "Country");
    Map<String, Long> unresolved = unresolved(counts);
    assertThat(counts).hasSizeGreaterThan(160);
    assertThat(unresolved.keySet()).isSubsetOf(NOT_COUNTRIES);
    assertThat(countries.resolve("Netherlands Antilles")).contains("AN");
    report("Stack Overflow 2017", counts, unresolved);
  }

  private Map<String, Long> unresolved(Map<String, Long> counts) {
    Map<String, Long> unresolved = new TreeMap<>();
    counts.forEach(
        (value, n) -> {
          if (!value.equals("NA") && countries.resolve(value).isEmpty()) {
            unresolved.put(value, n);
          }
        });
    return unresolved;
  }

  private static void report(String name, Map<String, Long> counts, Map<String, Long> unresolved) {
    long rows = counts.values().stream().mapToLong(Long::longValue).sum();
    long missed = unresolved.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "[countries] %s: %d distinct values, %d rows; unresolved %d rows (%.3f%%): %s%n",
        name, counts.size(), rows, missed, 100.0 * missed / rows, unresolved);
  }
}
