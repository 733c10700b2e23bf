package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {
  @TempDir Path work;

  @Test
  void listsEveryDatasetOfTheSharedDataWithItsLicenceWithoutCreatingAStore() {
    Path db = work.resolve("none-yet.duckdb");

    CommandRunner result = CommandRunner.run("datasets", "--db", db.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(db).doesNotExist();
    assertThat(result.out())
        .contains("dou-ua", "levels-fyi", "it-salary-survey-eu", "glassdoor-india")
        .contains("so-survey-2016", "so-survey-2017", "so-official-aggregates")
        .contains("so-survey-2011", "so-survey-2025")
        .contains("ODbL 1.0 (database) / DbCL 1.0 (contents)")
        .contains("Cite DOU as the source with an active link to https://dou.ua/")
        .contains(
            "https://survey.stackoverflow.co/datasets/stack-overflow-developer-survey-2024.zip")
        .contains("sha256 b23b3ac084e9895697d602f93864424ce4d018b4dea15338a81efbe9ff75736e")
        .contains("read by:     so-survey/2024")
        .contains("read by:     no adapter yet");
    for (String folder : RealData.datasetFolders()) {
      assertThat(result.out()).as("a dataset of %s", folder).contains(folderDataset(folder));
    }
  }

  /** The dataset id listed for a shared data folder. */
  private static String folderDataset(String folder) {
    return switch (folder) {
      case "dou-ua-salaries" -> "dou-ua";
      case "glassdoor-india-salaries" -> "glassdoor-india";
      case "levels-fyi-stem-salaries" -> "levels-fyi";
      case "so-survey-2017-partial" -> "so-survey-2017";
      case "so-survey-2011-2015" -> "so-survey-2011";
      default -> folder;
    };
  }

  @Test
  void saysWhichDatasetsAreIngested() {
    String db = work.resolve("store.duckdb").toString();
    CommandRunner.run(
        "ingest",
        "--db",
        db,
        RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv").toString());

    CommandRunner result = CommandRunner.run("datasets", "--db", db);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .containsPattern(
            "it-salary-survey-eu +Viktor Shcherban and Ksenia Legostay +.* +yes: 990 records, edition 2019")
        .containsPattern("so-survey-2017 +Stack Exchange Inc\\. +.* +no");
  }
}
