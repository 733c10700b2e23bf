package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flat rows behind every table and CSV output: RFC 4180 quoting of the cells that need it, and
 * rows that cannot disagree with their header.
 */
class ReportRowsTest {
  @Test
  void quotesCellsWithCommasQuotesOrLineBreaksAndNothingElse() {
    ReportRows rows =
        new ReportRows(
            List.of("edition", "note"),
            List.of(false, false),
            List.of(
                List.of("dou-ua 2025-06", "plain"),
                List.of("a, b", "say \"withheld\""),
                List.of("two\nlines", "")));
    assertThat(rows.csv())
        .isEqualTo(
            "edition,note\n"
                + "dou-ua 2025-06,plain\n"
                + "\"a, b\",\"say \"\"withheld\"\"\"\n"
                + "\"two\nlines\",\n");
  }

  @Test
  void anEmptyResultIsItsHeaderAlone() {
    ReportRows rows = new ReportRows(List.of("a", "b"), List.of(false, true), List.of());
    assertThat(rows.csv()).isEqualTo("a,b\n");
    assertThat(ResultsPage.markdown(rows)).isEqualTo("| a | b |\n|---|---:|\n");
  }

  @Test
  void refusesRowsThatDisagreeWithTheHeader() {
    assertThatThrownBy(
            () -> new ReportRows(List.of("a", "b"), List.of(false, false), List.of(List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row has 1 cells, header 2");
    assertThatThrownBy(() -> new ReportRows(List.of("a", "b"), List.of(false), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in length");
  }

  @Test
  void rowsAreCopiedSoALaterChangeToTheCallersListChangesNothing() {
    List<String> row = new java.util.ArrayList<>(List.of("1"));
    List<List<String>> all = new java.util.ArrayList<>();
    all.add(row);
    ReportRows rows = new ReportRows(List.of("n"), List.of(true), all);
    row.set(0, "2");
    all.add(List.of("3"));
    assertThat(rows.rows()).containsExactly(List.of("1"));
  }
}
