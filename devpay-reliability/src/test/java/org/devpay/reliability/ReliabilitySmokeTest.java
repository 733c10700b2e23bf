package org.devpay.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability suite at its smoke size, in every build (what {@code reliability/run} runs by
 * default): 300 mutated real files, 3 ingests killed with SIGKILL, 1,000 hostile requests, and load
 * on the API while an ingest runs. Every promised zero must be zero. Health latency is measured and
 * printed, not asserted (timing is the full run's, in docs/reliability.md).
 */
class ReliabilitySmokeTest {
  @TempDir Path work;

  @Test
  void everyPromiseHoldsAtTheSmokeSize() throws Exception {
    ReliabilitySuite.Report report = ReliabilitySuite.run(Size.SMOKE, RealData.dir(), work);
    System.out.println("reliability (smoke): " + report);

    assertThat(report.broken(false)).isEmpty();
    // Each part did real work, so the zeros mean something.
    assertThat(report.mutated().files()).isEqualTo(300);
    assertThat(report.mutated().ingested()).isGreaterThan(50);
    assertThat(report.mutated().failed() + report.mutated().skipped()).isPositive();
    assertThat(report.mutated().rowsRejected()).isPositive();
    assertThat(report.kills().trials()).isEqualTo(3);
    assertThat(report.hostile().requests()).isEqualTo(1_000);
    assertThat(report.hostile().figureResponses()).isGreaterThan(50);
    assertThat(report.hostile().byStatus()).containsKeys(200, 400, 404);
    assertThat(report.load().requests()).isPositive();
    assertThat(report.load().healthSamples()).isPositive();
    assertThat(report.load().versionSwitches()).isEqualTo(1);
  }
}
