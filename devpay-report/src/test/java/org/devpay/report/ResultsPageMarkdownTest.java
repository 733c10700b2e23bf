package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown tables of the results page: a cell's text cannot break the table or inject markup, and
 * numeric columns are right-aligned.
 */
class ResultsPageMarkdownTest {
  @Test
  void escapesPipesBackslashesMarkupAndLineBreaksInCells() {
    ReportRows rows =
        new ReportRows(
            List.of("label", "n"),
            List.of(false, true),
            List.of(List.of("a|b \\ <k & <script>", "12"), List.of("two\nlines\r\nhere", "")));
    assertThat(ResultsPage.markdown(rows))
        .isEqualTo(
            "| label | n |\n"
                + "|---|---:|\n"
                + "| a\\|b \\\\ &lt;k &amp; &lt;script&gt; | 12 |\n"
                + "| two lines here |  |\n");
  }

  @Test
  void everyRowHasAsManyCellsAsTheHeaderWhateverItsText() {
    ReportRows rows =
        new ReportRows(
            List.of("a", "b", "c"),
            List.of(false, false, true),
            List.of(List.of("|||", "x|y", "1"), List.of("", "", "")));
    for (String line : ResultsPage.markdown(rows).split("\n")) {
      long unescapedPipes = line.replace("\\|", "").chars().filter(c -> c == '|').count();
      assertThat(unescapedPipes).as(line).isEqualTo(4);
    }
  }
}
