package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.ingest.IngestListener;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new data version is loaded behind the served one: while it is being prepared, every request
 * gets the previous snapshot at once (none waits for the load), and the version changes for all at
 * once when the new one is ready. Orders are forced with latches, not timed.
 */
class StoreSnapshotsTest {
  @TempDir Path directory;

  @Test
  void thePreviousSnapshotIsServedUntilTheNextIsReadyThenAllSwitchAtOnce() throws Exception {
    Path store = RealStores.subsetCopy(directory.resolve("served.duckdb"));
    CountDownLatch preparing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Consumer<Snapshot> holdTheNewVersion =
        next -> {
          preparing.countDown();
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (StoreSnapshots snapshots =
        new StoreSnapshots(
            store, PrivacyFloor.DEFAULT, Clock.systemUTC(), holdTheNewVersion, next -> {})) {
      snapshots.start();
      String before = snapshots.current().version();

      // Another process ingests a new edition (levels.fyi) into the store file.
      try (DevpayStore writer = DevpayStore.open(store)) {
        RealStores.ingestor(writer)
            .ingestAll(List.of(RealData.file("levels-fyi-stem-salaries")), IngestListener.NONE);
      }
      // The first request after the ingest asks for a reload and is answered from the old data.
      assertThat(snapshots.current().version()).isEqualTo(before);
      assertThat(preparing.await(120, TimeUnit.SECONDS)).as("the loader prepares it").isTrue();
      // While the new version is prepared, requests still get the old one, without waiting.
      for (int i = 0; i < 100; i++) {
        assertThat(snapshots.currentWithoutWaiting()).isPresent();
        assertThat(snapshots.current().version()).isEqualTo(before);
      }
      release.countDown();
      String after = awaitNewVersion(snapshots, before);
      assertThat(after).isNotEqualTo(before);
      assertThat(snapshots.current().editions())
          .anyMatch(e -> e.key().datasetId().equals("levels-fyi"));
    }
  }

  private static String awaitNewVersion(StoreSnapshots snapshots, String before)
      throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      String now = snapshots.current().version();
      if (!now.equals(before)) {
        return now;
      }
      Thread.sleep(100);
    }
    return before;
  }
}
