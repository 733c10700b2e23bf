package org.devpay.cli;

import java.io.PrintStream;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestReport;
import org.devpay.sources.SourceTable;

/**
 * Shows ingest progress on stderr: a progress bar of rows read per table when stderr is a terminal,
 * one line per table otherwise (CI logs, pipes).
 */
final class ConsoleProgress implements IngestListener {
  private final PrintStream err;
  private final boolean interactive;
  private ProgressBar bar;

  ConsoleProgress(PrintStream err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  static ConsoleProgress forStderr() {
    return new ConsoleProgress(System.err, System.console() != null);
  }

  @Override
  public void tableStarted(SourceTable table, OptionalLong contentBytes) {
    if (interactive) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(table.fileName())
              .setInitialMax(-1)
              .setUnit(" rows", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .setUpdateIntervalMillis(200)
              .build();
    } else {
      err.println("ingesting " + table.displayName());
    }
  }

  @Override
  public void rowsProcessed(SourceTable table, long rowsRead) {
    if (bar != null) {
      bar.stepTo(rowsRead);
    }
  }

  @Override
  public void tableFinished(IngestReport report) {
    if (bar != null) {
      bar.stepTo(report.rows().read());
      bar.close();
      bar = null;
    }
  }
}
