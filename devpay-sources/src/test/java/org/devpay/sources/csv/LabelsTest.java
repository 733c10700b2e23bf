package org.devpay.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Labels}: how multi-select answers become label lists. */
class LabelsTest {
  @Test
  void splitsStripsDropsBlanksAndKeepsRepeatsOnce() {
    assertThat(Labels.split("Java; Python;;  Go ; Java", "; "))
        .containsExactly("Java", "Python", "Go");
    assertThat(Labels.split("Javascript / Typescript, SQL, AWS, Docker", ","))
        .containsExactly("Javascript / Typescript", "SQL", "AWS", "Docker");
  }

  @Test
  void blankGivesNoLabels() {
    assertThat(Labels.split("  ", "; ")).isEmpty();
    assertThat(Labels.single(" ")).isEmpty();
    assertThat(Labels.single(" Finance ")).containsExactly("Finance");
  }

  @Test
  void concatKeepsOrderAndDropsRepeats() {
    assertThat(Labels.concat(List.of("Python", "SQL"), List.of("SQL", "AWS")))
        .containsExactly("Python", "SQL", "AWS");
  }
}
