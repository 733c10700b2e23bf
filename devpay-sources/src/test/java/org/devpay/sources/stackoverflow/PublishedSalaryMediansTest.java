package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PublishedMedian;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PublishedSalaryMedians} on the transcribed aggregates (SOURCE.md: 60 rows). */
class PublishedSalaryMediansTest {
  @TempDir Path directory;

  @Test
  void readsEveryPublishedMedianOfTheTranscribedTable() {
    List<PublishedMedian> medians =
        PublishedSalaryMedians.read(
            RealData.file("so-official-aggregates/so_official_salary_by_devtype.csv"));

    assertThat(medians).hasSize(60);
    assertThat(medians.stream().map(PublishedMedian::year).distinct())
        .containsExactly(2023, 2024, 2025);
    // First row: 2023, All respondents, CompTotal/CompTotal, Developer, back-end, 9557, 76034.
    PublishedMedian first = medians.get(0);
    assertThat(first.global()).isTrue();
    assertThat(first.block()).isEqualTo("CompTotal/CompTotal");
    assertThat(first.devType()).isEqualTo("Developer, back-end");
    assertThat(first.respondents()).hasValue(9557);
    assertThat(first.median()).isEqualTo(76_034);
    // The 2024 global block states no n.
    assertThat(medians)
        .filteredOn(m -> m.year() == 2024 && m.block().equals("CompTotal/CompTotal") && m.global())
        .hasSize(3)
        .allSatisfy(m -> assertThat(m.respondents()).isEmpty());
  }

  @Test
  void aMissingFileIsMissingDataAndAnotherTableIsABadFile() throws IOException {
    Path other = Files.writeString(directory.resolve("other.csv"), "a,b\n1,2\n");

    assertThatThrownBy(() -> PublishedSalaryMedians.read(directory.resolve("absent.csv")))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA));
    assertThatThrownBy(() -> PublishedSalaryMedians.read(other))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.BAD_INPUT_FILE));
  }
}
