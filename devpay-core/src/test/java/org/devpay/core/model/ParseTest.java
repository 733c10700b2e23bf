package org.devpay.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parses a record read makes per row ({@link RoleFamily#parse}, {@link Seniority#parse}) and
 * the country check ({@link Location#isAlpha2}) give what their definitions give: a scan of the
 * values in declaration order comparing the trimmed, lower-cased text with each id and lower-case
 * name, and the regular expression [A-Z]{2}.
 */
class ParseTest {
  @Test
  void roleFamiliesParseAsTheScanOfTheirIdsAndNames() {
    assertParsesAsTheScan(RoleFamily.values(), RoleFamily::id, RoleFamily::parse);
    assertThat(RoleFamily.parse(" Data-Science ")).contains(RoleFamily.DATA_SCIENCE_ML);
    assertThat(RoleFamily.parse("devops_sre")).contains(RoleFamily.DEVOPS_SRE);
    assertThat(RoleFamily.parse("back end")).isEmpty();
  }

  @Test
  void senioritiesParseAsTheScanOfTheirIdsAndNames() {
    assertParsesAsTheScan(Seniority.values(), Seniority::id, Seniority::parse);
    assertThat(Seniority.parse("LEAD_PRINCIPAL")).contains(Seniority.LEAD_PRINCIPAL);
    assertThat(Seniority.parse("principal")).isEmpty();
  }

  /** For each text of {@link #texts}, the parse gives what the scan in declaration order finds. */
  private static <E extends Enum<E>> void assertParsesAsTheScan(
      E[] values,
      java.util.function.Function<E, String> id,
      java.util.function.Function<String, Optional<E>> parse) {
    for (String text : texts(values, id)) {
      Optional<E> scanned =
          Arrays.stream(values).filter(v -> matches(text, id.apply(v), v.name())).findFirst();
      assertThat(parse.apply(text)).as("'%s'", text).isEqualTo(scanned);
    }
  }

  @Test
  void alpha2IsTwoAsciiCapitals() {
    Pattern alpha2 = Pattern.compile("[A-Z]{2}");
    List<String> codes =
        List.of(
            "DE", "US", "AZ", "ZA", "de", "De", "D", "DEU", "", "D1", "1D", "ÉS", "DÉ", "@[", "[@",
            "D ", " D", "\u0130S");
    for (String code : codes) {
      assertThat(Location.isAlpha2(code))
          .as("'%s'", code)
          .isEqualTo(alpha2.matcher(code).matches());
    }
  }

  private static boolean matches(String text, String id, String name) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return id.equals(t) || name.toLowerCase(Locale.ROOT).equals(t);
  }

  /** Each value's id and name as they are, upper-cased, padded, and some texts that are none. */
  private static <E extends Enum<E>> List<String> texts(
      E[] values, java.util.function.Function<E, String> id) {
    List<String> texts = new ArrayList<>(List.of("", " ", "nothing", "unknown ", "\tOTHER\n"));
    for (E value : values) {
      String i = id.apply(value);
      texts.addAll(
          List.of(
              i,
              value.name(),
              i.toUpperCase(Locale.ROOT),
              value.name().toLowerCase(Locale.ROOT),
              " " + i + " ",
              i + "x"));
    }
    return texts;
  }
}
