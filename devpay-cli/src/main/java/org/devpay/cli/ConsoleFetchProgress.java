package org.devpay.cli;

import java.io.PrintStream;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.devpay.sources.catalog.DatasetFile;
import org.devpay.sources.fetch.FetchListener;
import org.devpay.sources.fetch.FileFetch;

/**
 * Shows fetch progress on stderr: a progress bar in megabytes per file when stderr is a terminal,
 * one line per file otherwise (CI logs, pipes).
 */
final class ConsoleFetchProgress implements FetchListener {
  private static final long MEGABYTE = 1L << 20;

  private final PrintStream err;
  private final boolean interactive;
  private ProgressBar bar;

  ConsoleFetchProgress(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  static ConsoleFetchProgress forStderr() {
    return new ConsoleFetchProgress(System.err, System.console() != null);
  }

  @Override
  public void started(DatasetFile file, OptionalLong totalBytes, long startingAt) {
    closeBar();
    if (interactive) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(file.fileName())
              .setInitialMax(totalBytes.orElse(-1))
              .startsFrom(startingAt, java.time.Duration.ZERO)
              .setUnit(" MB", MEGABYTE)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .setUpdateIntervalMillis(200)
              .build();
    } else {
      err.println(
          "fetching "
              + file.fileName()
              + (startingAt > 0 ? " (resuming at byte " + startingAt + ")" : ""));
    }
  }

  @Override
  public void progressed(DatasetFile file, long bytesHeld) {
    if (bar != null) {
      bar.stepTo(bytesHeld);
    }
  }

  @Override
  public void finished(FileFetch result) {
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
