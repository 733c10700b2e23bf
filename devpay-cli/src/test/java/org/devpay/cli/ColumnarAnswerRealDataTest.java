package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.Bootstrap;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer over a store runs on each edition's columns, read in bulk; the record path (one
 * PayRecord per row, then RolePayAnswer's per-edition answer) is the reference it must equal. On
 * every real edition and on a synthetic survey with junk rows, under several settings, the two are
 * equal field for field.
 */
class ColumnarAnswerRealDataTest {
  @TempDir Path directory;

  @Test
  void everyRealEditionIsAnsweredOnItsColumnsAsOnItsRecords() throws IOException {
    try (DevpayStore store = DevpayStore.openReadOnly(RealStore.file())) {
      int editions = compare(new StorePayData(store));
      assertThat(editions).as("real editions compared").isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void aSyntheticSurveyWithJunkRowsIsAnsweredOnItsColumnsAsOnItsRecords() {
    Path out = directory.resolve("synth");
    Path db = directory.resolve("synth.duckdb");
    CommandRunner synth =
        CommandRunner.run(
            "synth", "--rows", "30000", "--format", "so-2024", "--out", out.toString());
    assertThat(synth.exitCode()).as(synth.err()).isZero();
    CommandRunner ingest = CommandRunner.run("ingest", out.toString(), "--db", db.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    try (DevpayStore store = DevpayStore.openReadOnly(db)) {
      assertThat(compare(new StorePayData(store))).isEqualTo(1);
    }
  }

  /** Compares both paths under each setting; returns the number of editions compared. */
  private static int compare(PayData data) {
    AnswerSettings base =
        AnswerSettings.defaults().withBootstrap(Bootstrap.withDefaults().withResamples(200));
    List<AnswerSettings> settings =
        List.of(
            base,
            base.withPrivacyFloor(new PrivacyFloor(60)),
            base.withPopulation(PopulationFilter.ALL),
            new AnswerSettings(
                base.bootstrap(),
                OutlierScreen.NONE,
                base.privacyFloor(),
                base.quantileMethod(),
                base.population()));
    int compared = 0;
    for (AnswerSettings setting : settings) {
      RolePayAnswer answer = new RolePayAnswer(setting);
      List<EditionReport> byColumns = answer.answerAll(data);
      compared = 0;
      for (EditionKey key : data.editions()) {
        List<PayRecord> records = data.records(key);
        EditionAnswer byRecords = answer.answer(key.datasetId(), key.edition(), records);
        EditionAnswer columnar = byColumns.get(compared).answer();
        assertThat(columnar).as("%s with %s", key, setting).isEqualTo(byRecords);
        compared++;
      }
      assertThat(byColumns).hasSize(compared);
    }
    return compared;
  }
}
