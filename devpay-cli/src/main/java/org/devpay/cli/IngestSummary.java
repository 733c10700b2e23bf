package org.devpay.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.devpay.core.model.RejectReason;
import org.devpay.core.normalize.UnknownLabel;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestReport;
import org.devpay.ingest.IngestRun;
import org.devpay.store.UnknownLabelCount;

/**
 * Prints what an ingest run did, one line per table, with the row balance and reasons. Tables that
 * are not data (a README, a schema, a reference table, an image) are one summary line unless
 * verbose; files that hold pay but that no reader knows, and tables of published aggregates, are
 * listed and counted apart, so "0 files with pay skipped" can be read off the last line. The labels
 * no taxonomy knows follow, per edition, with the most frequent ones.
 */
final class IngestSummary {
  /** How many of the most frequent unknown labels are shown per edition and taxonomy. */
  static final int TOP_LABELS = 3;

  private IngestSummary() {}

  static void print(IngestRun run, PrintWriter out) {
    print(run, out, false);
  }

  static void print(IngestRun run, PrintWriter out, boolean verbose) {
    TextTable table =
        new TextTable(
            List.of("outcome", "file", "format", "read", "accepted", "rejected", "detail"),
            List.of(false, false, false, true, true, true, false));
    List<IngestReport> notData = new ArrayList<>();
    for (IngestReport report : run.reports()) {
      if (!verbose && report.skippedAs().filter("not_data"::equals).isPresent()) {
        notData.add(report);
        continue;
      }
      table.add(
          List.of(
              outcome(report),
              report.displayName(),
              report.formatId().orElse("-"),
              count(report.rows().read()),
              count(report.rows().accepted()),
              count(report.rows().rejected()),
              detail(report)));
    }
    out.print(table.render());
    if (!notData.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "(%d %s no data table: %s; --verbose lists them)%n",
          notData.size(),
          notData.size() == 1 ? "file skipped as" : "files skipped as",
          names(notData));
    }
    printUnknownLabels(unknownLabels(run.reports()), out);
    long payData = run.reports().stream().filter(IngestReport::skippedData).count();
    long aggregates = skippedAs(run, "aggregates");
    out.printf(
        Locale.ROOT,
        "%d ingested, %d already ingested, %d %s with pay skipped (no reader knows %s), %d %s of"
            + " aggregates, %d not data, %d failed; %s rows accepted, %s rejected in %.1f s%n",
        run.count(IngestOutcome.INGESTED),
        run.count(IngestOutcome.ALREADY_INGESTED),
        payData,
        payData == 1 ? "file" : "files",
        payData == 1 ? "it" : "them",
        aggregates,
        aggregates == 1 ? "table" : "tables",
        skippedAs(run, "not_data"),
        run.count(IngestOutcome.FAILED),
        count(run.rowsAccepted()),
        count(run.rowsRejected()),
        run.duration().toMillis() / 1000.0);
    out.flush();
  }

  private static String outcome(IngestReport report) {
    if (report.skippedData()) {
      return "skipped: pay";
    }
    if (report.skippedAs().filter("aggregates"::equals).isPresent()) {
      return "aggregates";
    }
    return report.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static long skippedAs(IngestRun run, String kind) {
    return run.reports().stream()
        .filter(r -> r.skippedAs().filter(kind::equals).isPresent())
        .count();
  }

  /** The first few file names of a list, then how many more. */
  private static String names(List<IngestReport> reports) {
    int shown = Math.min(3, reports.size());
    String first =
        reports.subList(0, shown).stream()
            .map(IngestSummary::shortName)
            .collect(Collectors.joining(", "));
    return reports.size() > shown ? first + " and " + (reports.size() - shown) + " more" : first;
  }

  /**
   * A file's folder and name ("so-survey-2016/SOURCE.md"), and its entry when it is an archive's.
   */
  private static String shortName(IngestReport report) {
    java.nio.file.Path file = report.file();
    String name =
        (file.getParent() == null || file.getParent().getFileName() == null
                ? ""
                : file.getParent().getFileName() + "/")
            + file.getFileName();
    boolean entry =
        !report.entryName().isEmpty() && !report.entryName().equals(file.getFileName().toString());
    return entry ? name + "!" + report.entryName() : name;
  }

  /** The unknown labels of a run's ingested tables, summed per dataset, edition and taxonomy. */
  static List<UnknownLabelCount> unknownLabels(List<IngestReport> reports) {
    Map<List<Object>, Long> sums = new LinkedHashMap<>();
    for (IngestReport report : reports) {
      for (UnknownLabelCount count : report.unknownLabels()) {
        sums.merge(
            List.of(count.datasetId(), count.edition(), count.taxonomy(), count.label()),
            count.rows(),
            Long::sum);
      }
    }
    List<UnknownLabelCount> counts = new ArrayList<>();
    sums.forEach(
        (key, rows) ->
            counts.add(
                new UnknownLabelCount(
                    (String) key.get(0),
                    (String) key.get(1),
                    (UnknownLabel.Taxonomy) key.get(2),
                    (String) key.get(3),
                    rows)));
    counts.sort(
        java.util.Comparator.comparing(UnknownLabelCount::datasetId)
            .thenComparing(UnknownLabelCount::edition)
            .thenComparing(UnknownLabelCount::taxonomy)
            .thenComparing(java.util.Comparator.comparingLong(UnknownLabelCount::rows).reversed())
            .thenComparing(UnknownLabelCount::label));
    return counts;
  }

  /**
   * One line per edition and taxonomy: how many rows carry labels the taxonomy does not know, how
   * many such labels there are, and the most frequent ones. Sorted as given (dataset, edition,
   * taxonomy, most rows first).
   */
  static void printUnknownLabels(List<UnknownLabelCount> counts, PrintWriter out) {
    if (counts.isEmpty()) {
      return;
    }
    out.println(
        "Labels no taxonomy knows (role: read as other; seniority: unknown; employment: other,"
            + " never full time):");
    Map<String, List<UnknownLabelCount>> groups = new LinkedHashMap<>();
    for (UnknownLabelCount count : counts) {
      groups
          .computeIfAbsent(
              count.datasetId() + " " + count.edition() + "  " + count.taxonomy().id(),
              k -> new ArrayList<>())
          .add(count);
    }
    groups.forEach(
        (group, labels) -> {
          long rows = labels.stream().mapToLong(UnknownLabelCount::rows).sum();
          String top =
              labels.stream()
                  .limit(TOP_LABELS)
                  .map(l -> "'" + l.label() + "' " + count(l.rows()))
                  .collect(Collectors.joining(", "));
          out.printf(
              Locale.ROOT,
              "  %s: %s rows, %d %s: %s%s%n",
              group,
              count(rows),
              labels.size(),
              labels.size() == 1 ? "label" : "labels",
              top,
              labels.size() > TOP_LABELS ? ", ..." : "");
        });
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
