package org.devpay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.AnswerView;
import org.devpay.core.analysis.BinnedRoleCell;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RatioFigure;
import org.devpay.core.analysis.RoleCell;
import org.devpay.core.analysis.policy.PopulationCount;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.GroupedQuantiles.GroupedQuantile;
import org.devpay.report.AnswerDocument;

/** The main answer as terminal tables: one block per dataset edition, ending with its verdict. */
final class AnswerTable {
  private AnswerTable() {}

  static void print(List<EditionReport> reports, AnswerSettings settings, PrintWriter out) {
    out.println(AnswerDocument.QUESTION);
    out.printf(
        Locale.ROOT,
        "Quantiles: type 7. Intervals: %d%% bootstrap percentile, %,d resamples, seed %d. Privacy"
            + " floor: k = %d.%n",
        Math.round(settings.bootstrap().confidence() * 100),
        settings.bootstrap().resamples(),
        settings.bootstrap().seed(),
        settings.privacyFloor().minimumCellSize());
    out.println("Screened: " + settings.screen().describe() + ".");
    out.println(
        "Population: "
            + settings.population().describe()
            + " (--population all keeps every row with pay).");
    out.println(
        "Figures are compared within one edition only: net vs gross and base vs total are never"
            + " mixed.");
    if (reports.isEmpty()) {
      out.println();
      out.println(
          "No data in the store yet: run `devpay answer --data DIR` or `devpay ingest DIR`.");
    }
    for (EditionReport report : reports) {
      EditionAnswer answer = report.answer();
      out.println();
      String title = report.citation().title();
      out.printf(
          Locale.ROOT,
          "== %s [%s %s] - %s %s, annual %s%n",
          title,
          answer.datasetId(),
          answer.edition(),
          answer.basis().name().toLowerCase(Locale.ROOT),
          answer.scope() == org.devpay.core.model.PayScope.BASE ? "base pay" : "total compensation",
          answer.currency());
      // What the source published and how it became annual (a mapping's period: x12, x52, x2,080).
      out.println("pay: " + report.citation().payDescription());
      TextTable table =
          new TextTable(
              List.of(
                  "role",
                  "n",
                  "P25",
                  "median",
                  "P75",
                  "median USD",
                  "screened n",
                  "screened median"),
              List.of(false, true, true, true, true, true, true, true));
      PopulationCount population = answer.population();
      out.printf(
          Locale.ROOT,
          "population: %,d of %,d rows with pay (removed %,d not developers by profession, %,d not"
              + " full time)%n",
          population.rowsKept(),
          population.rowsWithPay(),
          population.removedNotProfessional(),
          population.removedNotFullTime());
      AnswerView published = answer.asPublished();
      for (RoleCell cell : published.cells()) {
        RoleCell screened =
            answer.screened().cells().stream()
                .filter(c -> c.role() == cell.role())
                .findFirst()
                .orElse(null);
        table.add(
            List.of(
                cell.role().displayName(),
                count(cell.n(), cell.suppressed()),
                money(cell.p25(), cell.suppressed()),
                money(cell.median(), cell.suppressed()),
                money(cell.p75(), cell.suppressed()),
                money(cell.medianUsd(), cell.suppressed()),
                screened == null ? "0" : count(screened.n(), screened.suppressed()),
                screened == null ? "-" : money(screened.median(), screened.suppressed())));
      }
      out.print(table.render());
      out.printf(
          Locale.ROOT,
          "screen removed %d low and %d high of %,d rows%n",
          answer.screened().removedLow(),
          answer.screened().removedHigh(),
          published.rows());
      for (int i = 0; i < published.ratios().size(); i++) {
        out.println(
            ratio(published.ratios().get(i), "as published")
                + "   "
                + ratio(answer.screened().ratios().get(i), "screened"));
      }
      printBinned(answer.binned(), out);
      out.println("Verdict: " + answer.verdict());
    }
    out.flush();
  }

  /** A cell's count, or "withheld": a withheld cell states nothing about its size. */
  private static String count(int n, boolean withheld) {
    return withheld ? "withheld" : String.format(Locale.ROOT, "%,d", n);
  }

  /** Interval-aware quartiles of binned pay, beside the midpoint figures above. */
  private static void printBinned(List<BinnedRoleCell> cells, PrintWriter out) {
    if (cells.isEmpty()) {
      return;
    }
    out.println("interval-aware (" + BinnedRoleCell.METHOD + "):");
    TextTable table =
        new TextTable(
            List.of("role", "n", "P25", "median", "P75"), List.of(false, true, true, true, true));
    for (BinnedRoleCell cell : cells) {
      table.add(
          List.of(
              cell.role().displayName(),
              count(cell.n(), cell.suppressed()),
              grouped(cell.p25(), cell.suppressed()),
              grouped(cell.median(), cell.suppressed()),
              grouped(cell.p75(), cell.suppressed())));
    }
    out.print(table.render());
  }

  private static String grouped(Optional<GroupedQuantile> value, boolean suppressed) {
    if (suppressed) {
      return "<k";
    }
    return value
        .map(
            q -> (q.lowerBoundOnly() ? ">= " : "") + String.format(Locale.ROOT, "%,.0f", q.value()))
        .orElse("-");
  }

  private static String ratio(RatioFigure ratio, String view) {
    String label = ratio.numerator().id() + "/" + ratio.denominator().id() + " (" + view + "): ";
    if (ratio.estimate().isEmpty()) {
      return label + "n/a (" + ratio.note() + ")";
    }
    Estimate e = ratio.estimate().get();
    return String.format(
        Locale.ROOT, "%s%.3f [%.3f, %.3f]", label, e.estimate(), e.lower(), e.upper());
  }

  private static String money(OptionalDouble value, boolean suppressed) {
    if (suppressed) {
      return "<k";
    }
    return value.isPresent() ? String.format(Locale.ROOT, "%,.0f", value.getAsDouble()) : "-";
  }
}
