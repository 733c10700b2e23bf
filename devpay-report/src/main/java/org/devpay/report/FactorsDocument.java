package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionComparison;
import org.devpay.core.analysis.FactorLevel;
import org.devpay.core.analysis.FactorReport;
import org.devpay.core.analysis.LevelCell;
import org.devpay.core.analysis.Premium;
import org.devpay.core.analysis.engine.Control;

/**
 * A factor report ({@code devpay factors experience|industry|skills|location}, {@code
 * /api/factors/...}) as JSON and flat rows: median cells per level (k-floored) and per level the
 * adjusted premium per edition and pooled, with BH-adjusted p-values across the levels.
 */
public final class FactorsDocument {
  private FactorsDocument() {}

  public static ObjectNode render(FactorReport report, AnswerSettings settings) {
    ObjectNode root = AnswerDocument.object();
    root.put("factor", report.factor().id());
    root.put("population", report.population());
    root.put("premium", report.premiumDefinition());
    ArrayNode controls = root.putArray("controls");
    report.controls().stream().map(Control::id).forEach(controls::add);
    root.set("settings", Figures.settings(settings));
    ArrayNode cells = root.putArray("cells");
    for (LevelCell cell : report.cells()) {
      ObjectNode c = cells.addObject();
      c.put("dataset", cell.edition().datasetId());
      c.put("edition", cell.edition().edition());
      c.put("group", cell.group());
      c.put("level", cell.level());
      c.put("currency", cell.currency());
      Figures.count(c, "n", cell.n(), cell.suppressed());
      c.put("suppressed", cell.suppressed());
      if (cell.suppressed()) {
        c.put("note", "fewer than k respondents: figures withheld");
      }
      Figures.interval(c, "median", cell.medianInterval());
    }
    ArrayNode levels = root.putArray("levels");
    for (FactorLevel level : report.levels()) {
      ObjectNode l = levels.addObject();
      l.put("level", level.level());
      Figures.number(l, "p_value_bh", level.adjustedPValue());
      l.setAll(ComparisonDocument.report(level.comparison()));
    }
    if (!report.curves().isEmpty()) {
      root.set("experience_curves", ExperienceCurvesDocument.render(report.curves(), settings));
    }
    return root;
  }

  /** One row per level and edition with its premium, then the level's pooled row. */
  public static ReportRows rows(FactorReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (FactorLevel level : report.levels()) {
      for (EditionComparison e : level.comparison().editions()) {
        Premium p = e.premium();
        List<String> row = new ArrayList<>();
        row.add(level.level());
        row.add(e.edition().toString());
        row.add(Figures.count(p.focalRows(), p.suppressed()));
        row.add(Figures.count(p.baselineRows(), p.suppressed()));
        if (p.suppressed()) {
          row.addAll(List.of("suppressed", "", "", "", "", "", "", ""));
        } else {
          row.addAll(ComparisonDocument.percentCells(p.unadjusted()));
          row.addAll(ComparisonDocument.percentCells(p.adjusted()));
          row.add(p.adjusted().map(m -> ComparisonDocument.pValue(m.pValue())).orElse(""));
          row.add("");
        }
        rows.add(row);
      }
      var pooled = level.comparison().pooledAdjusted();
      List<String> row = new ArrayList<>();
      row.add(level.level());
      row.add(
          "pooled ("
              + pooled.studies()
              + ")"
              + pooled
                  .randomEffects()
                  .map(r -> String.format(Locale.ROOT, " I2 = %.0f%%", 100 * r.iSquared()))
                  .orElse(""));
      row.add(Long.toString(pooled.rows()));
      row.add("");
      row.addAll(ComparisonDocument.pooledCells(level.comparison().pooledUnadjusted()));
      row.addAll(ComparisonDocument.pooledCells(pooled));
      row.add(
          pooled.pValue().isPresent()
              ? ComparisonDocument.pValue(pooled.pValue().getAsDouble())
              : "");
      row.add(
          level.adjustedPValue().isPresent()
              ? ComparisonDocument.pValue(level.adjustedPValue().getAsDouble())
              : "");
      rows.add(row);
    }
    return new ReportRows(
        List.of(
            "level",
            "edition",
            "level n",
            "others n",
            "raw %",
            "raw lo",
            "raw hi",
            "adjusted %",
            "adj lo",
            "adj hi",
            "p",
            "p (BH)"),
        List.of(false, false, true, true, true, true, true, true, true, true, true, true),
        rows);
  }

  /** Median cells as rows (for the table view's second block). */
  public static ReportRows cellRows(FactorReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (LevelCell cell : report.cells()) {
      rows.add(
          List.of(
              cell.edition().toString(),
              cell.group(),
              cell.level(),
              Figures.count(cell.n(), cell.suppressed()),
              cell.suppressed()
                  ? "suppressed (n < k)"
                  : String.format(Locale.ROOT, "%.0f", cell.median().getAsDouble()),
              cell.medianInterval()
                  .map(e -> String.format(Locale.ROOT, "%.0f", e.lower()))
                  .orElse(""),
              cell.medianInterval()
                  .map(e -> String.format(Locale.ROOT, "%.0f", e.upper()))
                  .orElse(""),
              cell.currency()));
    }
    return new ReportRows(
        List.of("edition", "group", "level", "n", "median", "lo", "hi", "currency"),
        List.of(false, false, false, true, true, true, true, false),
        rows);
  }
}
