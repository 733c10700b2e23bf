package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.EditionComparison;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.analysis.Premium;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.stats.Estimate;

/**
 * A controlled comparison ({@code devpay compare}, {@code /api/compare}) as JSON and as flat rows:
 * per edition the raw and adjusted premiums with n, intervals and the controls used, then the
 * pooled figures.
 */
public final class ComparisonDocument {
  private ComparisonDocument() {}

  /** The document for one report, or several (a {@code --by} breakdown). */
  public static ObjectNode render(List<ComparisonReport> reports, AnswerSettings settings) {
    ObjectNode root = AnswerDocument.object();
    root.set("settings", Figures.settings(settings));
    root.put(
        "comparability",
        "Premiums are computed within one dataset edition; editions are combined only as log"
            + " premiums pooled by random effects. Net and gross, base and total are never mixed.");
    ArrayNode out = root.putArray("comparisons");
    for (ComparisonReport report : reports) {
      out.add(report(report));
    }
    return root;
  }

  static ObjectNode report(ComparisonReport report) {
    ObjectNode node = AnswerDocument.object();
    node.put("focal", report.focal());
    node.put("baseline", report.baseline());
    node.put("population", report.population());
    node.put("group", report.group());
    ArrayNode controls = node.putArray("controls_requested");
    report.controls().stream().map(Control::id).forEach(controls::add);
    ObjectNode pooled = node.putObject("pooled");
    pooled.set("adjusted", Figures.pooled(report.pooledAdjusted()));
    pooled.set("unadjusted", Figures.pooled(report.pooledUnadjusted()));
    ArrayNode editions = node.putArray("editions");
    for (EditionComparison e : report.editions()) {
      ObjectNode edition = editions.addObject();
      edition.put("dataset", e.edition().datasetId());
      edition.put("edition", e.edition().edition());
      edition.put("currency", e.currency());
      edition.put("basis", e.basis().name().toLowerCase(Locale.ROOT));
      edition.put("scope", e.scope().name().toLowerCase(Locale.ROOT));
      edition.put("screened_rows", e.screenedRows());
      edition.put("population_rows", e.populationRows());
      edition.put("overlap_rows", e.overlapRows());
      edition.setAll(Figures.premium(e.premium()));
      edition.put("sentence", e.sentence());
    }
    node.put("sentence", report.sentence());
    return node;
  }

  /** One row per report and edition, then one pooled row per report. */
  public static ReportRows rows(List<ComparisonReport> reports) {
    List<List<String>> rows = new ArrayList<>();
    for (ComparisonReport report : reports) {
      for (EditionComparison e : report.editions()) {
        Premium p = e.premium();
        List<String> row = new ArrayList<>();
        row.add(report.group());
        row.add(e.edition().toString());
        row.add(
            e.basis().name().toLowerCase(Locale.ROOT)
                + " "
                + e.scope().name().toLowerCase(Locale.ROOT)
                + " "
                + e.currency());
        row.add(Figures.count(p.focalRows(), p.suppressed()));
        row.add(Figures.count(p.baselineRows(), p.suppressed()));
        if (p.suppressed()) {
          row.addAll(List.of("suppressed", "", "", "", "", "", "", "", "", "", "", ""));
        } else {
          row.addAll(ratio(p.ratioOfMedians()));
          row.addAll(percentCells(p.unadjusted()));
          row.addAll(percentCells(p.adjusted()));
          row.add(p.adjusted().map(m -> pValue(m.pValue())).orElse(""));
          row.add(
              p.decomposition()
                  .map(d -> number(Premium.percent(d.explained().estimate()), 1))
                  .orElse(""));
          row.add(
              p.decomposition()
                  .map(d -> number(Premium.percent(d.unexplained().estimate()), 1))
                  .orElse(""));
        }
        row.add(
            String.join(
                " ",
                p.controls().stream().filter(c -> c.used()).map(c -> c.control().id()).toList()));
        rows.add(row);
      }
      rows.add(pooledRow(report, report.pooledUnadjusted(), report.pooledAdjusted()));
    }
    return new ReportRows(
        List.of(
            "group",
            "edition",
            "pay",
            "focal n",
            "baseline n",
            "median ratio",
            "ratio lo",
            "ratio hi",
            "raw %",
            "raw lo",
            "raw hi",
            "adjusted %",
            "adj lo",
            "adj hi",
            "p",
            "OB explained %",
            "OB unexplained %",
            "controls used"),
        List.of(
            false, false, false, true, true, true, true, true, true, true, true, true, true, true,
            true, true, true, false),
        rows);
  }

  private static List<String> pooledRow(
      ComparisonReport report, PooledPremium unadjusted, PooledPremium adjusted) {
    List<String> row = new ArrayList<>();
    row.add(report.group());
    row.add("pooled (" + adjusted.studies() + " editions)");
    row.add(
        adjusted
            .randomEffects()
            .map(r -> String.format(Locale.ROOT, "I2 = %.0f%%", 100 * r.iSquared()))
            .orElse(adjusted.note()));
    long rows = adjusted.rows();
    row.add(Long.toString(rows));
    row.add("");
    row.addAll(List.of("", "", ""));
    row.addAll(pooledCells(unadjusted));
    row.addAll(pooledCells(adjusted));
    row.add(adjusted.pValue().isPresent() ? pValue(adjusted.pValue().getAsDouble()) : "");
    row.addAll(List.of("", "", ""));
    return row;
  }

  private static List<String> ratio(Optional<Estimate> estimate) {
    return estimate
        .map(e -> List.of(number(e.estimate(), 3), number(e.lower(), 3), number(e.upper(), 3)))
        .orElse(List.of("", "", ""));
  }

  static List<String> percentCells(Optional<ModelEstimate> estimate) {
    return estimate
        .map(
            m ->
                List.of(
                    number(m.percent(), 1),
                    number(m.percentLower(), 1),
                    number(m.percentUpper(), 1)))
        .orElse(List.of("", "", ""));
  }

  static List<String> pooledCells(PooledPremium pooled) {
    return pooled
        .pooled()
        .map(
            e ->
                List.of(
                    number(Premium.percent(e.estimate()), 1),
                    number(Premium.percent(e.lower()), 1),
                    number(Premium.percent(e.upper()), 1)))
        .orElse(List.of("", "", ""));
  }

  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String pValue(double p) {
    return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : number(p, 4);
  }
}
