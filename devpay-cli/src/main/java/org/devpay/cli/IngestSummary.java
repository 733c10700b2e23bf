package org.devpay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.devpay.core.model.RejectReason;
import org.devpay.store.IngestReport;
import org.devpay.store.IngestRun;

/** Prints what an ingest run did, one line per table, with the row balance and reasons. */
final class IngestSummary {
  private IngestSummary() {}

  static void print(IngestRun run, PrintWriter out) {
    TextTable table =
        new TextTable(
            List.of("outcome", "file", "format", "read", "accepted", "rejected", "detail"),
            List.of(false, false, false, true, true, true, false));
    for (IngestReport report : run.reports()) {
      table.add(
          List.of(
              report.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              report.displayName(),
              report.formatId().orElse("-"),
              count(report.rows().read()),
              count(report.rows().accepted()),
              count(report.rows().rejected()),
              detail(report)));
    }
    out.print(table.render());
    out.printf(
        Locale.ROOT,
        "%d ingested, %d already ingested, %d skipped, %d failed; %s rows accepted, %s rejected in %.1f s%n",
        run.count(org.devpay.store.IngestOutcome.INGESTED),
        run.count(org.devpay.store.IngestOutcome.ALREADY_INGESTED),
        run.count(org.devpay.store.IngestOutcome.SKIPPED),
        run.count(org.devpay.store.IngestOutcome.FAILED),
        count(run.rowsAccepted()),
        count(run.rowsRejected()),
        run.duration().toMillis() / 1000.0);
    out.flush();
  }

  static String detail(IngestReport report) {
    StringBuilder text = new StringBuilder(report.detail());
    for (Map.Entry<RejectReason, Long> entry : report.rows().rejectedByReason().entrySet()) {
      if (entry.getValue() > 0) {
        if (text.length() > 0) {
          text.append("; ");
        }
        text.append(entry.getKey().name().toLowerCase(Locale.ROOT))
            .append(' ')
            .append(count(entry.getValue()));
      }
    }
    return text.toString();
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
