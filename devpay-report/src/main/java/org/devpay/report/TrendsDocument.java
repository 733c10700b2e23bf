package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.PayTrends;

/**
 * Demand and pay trends ({@code devpay factors demand}) as JSON and flat rows: per source and year
 * each role's share of respondents and median pay (nominal and at 2020 prices), the fitted trends
 * and their pooled values, and the note that respondent shares are not job-posting demand.
 */
public final class TrendsDocument {
  private TrendsDocument() {}

  public static ObjectNode render(PayTrends.TrendReport report, AnswerSettings settings) {
    ObjectNode root = AnswerDocument.object();
    root.put("factor", "demand");
    root.put("demand_note", report.demandNote());
    root.put(
        "pay_growth",
        "coefficient of the year in ln(pay at 2020 prices, in the local currency where"
            + " local-price-levels.csv names one) with fixed effects for experience, seniority,"
            + " location and employment, HC1; percent a year = 100 (e^b - 1); a source that cannot"
            + " be deflated gives its nominal growth here; nominal_pay_growth and real_pay_growth"
            + " give each on its own");
    root.put(
        "share_change",
        "coefficient of the year in a linear probability model of the role over every respondent"
            + " of the source, HC1; percentage points a year = 100 b");
    root.set("settings", Figures.settings(settings));
    ArrayNode sources = root.putArray("sources");
    for (PayTrends.SourceTrend source : report.sources()) {
      ObjectNode s = sources.addObject();
      s.put("source", source.source());
      ArrayNode editions = s.putArray("editions");
      source.editions().forEach(e -> editions.add(e.toString()));
      s.put("currency", source.currency());
      s.put("real", source.real());
      s.put("pay_comparable", source.payComparable());
      s.put("shares_comparable", source.sharesComparable());
      s.put("respondents", source.respondents());
      s.put("local_currency", source.localCurrency());
      ArrayNode deflated = s.putArray("deflated_years");
      source.deflatedYears().forEach(deflated::add);
      ArrayNode shareYears = s.putArray("share_years");
      source.shareYears().forEach(shareYears::add);
      s.put("note", source.note());
      ArrayNode roles = s.putArray("roles");
      for (PayTrends.RoleTrend trend : source.roles()) {
        ObjectNode r = roles.addObject();
        r.put("role", trend.role().id());
        Figures.count(r, "rows", trend.rows(), trend.payGrowth().isEmpty() && trend.rows() == 0);
        r.set("pay_growth", Figures.model(trend.payGrowth()));
        r.set("nominal_pay_growth", Figures.model(trend.nominalGrowth()));
        r.set("real_pay_growth", Figures.model(trend.realGrowth()));
        r.set("share_change", share(trend.shareChange()));
        ArrayNode years = r.putArray("years");
        for (PayTrends.YearFigures y : trend.years()) {
          ObjectNode year = years.addObject();
          year.put("year", y.year());
          year.put("respondents", y.respondents());
          Figures.count(year, "n", y.rows(), y.suppressed());
          year.put("suppressed", y.suppressed());
          Figures.interval(year, "share", y.share());
          Figures.number(year, "median", y.median());
          Figures.interval(year, "median_2020_prices", y.realMedian());
        }
      }
    }
    ArrayNode pooled = root.putArray("pooled");
    for (PayTrends.PooledTrend p : report.pooled()) {
      ObjectNode node = pooled.addObject();
      node.put("role", p.role().id());
      node.set("pay_growth", Figures.pooled(p.payGrowth()));
      node.set("nominal_pay_growth", Figures.pooled(p.nominalGrowth()));
      node.set("real_pay_growth", Figures.pooled(p.realGrowth()));
      ObjectNode share = Figures.pooled(p.shareChange());
      p.shareChange()
          .pooled()
          .ifPresent(
              e -> {
                share.put("percentage_points", 100 * e.estimate());
                share.put("percentage_points_ci_lower", 100 * e.lower());
                share.put("percentage_points_ci_upper", 100 * e.upper());
              });
      share.remove(List.of("percent", "percent_ci_lower", "percent_ci_upper"));
      node.set("share_change", share);
    }
    return root;
  }

  private static ObjectNode share(Optional<ModelEstimate> estimate) {
    ObjectNode node = Figures.model(estimate);
    if (node == null) {
      return null;
    }
    ModelEstimate m = estimate.get();
    node.remove(List.of("percent", "percent_ci_lower", "percent_ci_upper"));
    node.put("percentage_points", 100 * m.logPremium().estimate());
    node.put("percentage_points_ci_lower", 100 * m.logPremium().lower());
    node.put("percentage_points_ci_upper", 100 * m.logPremium().upper());
    return node;
  }

  /** One row per source, role and year, then one trend row per source and role. */
  public static ReportRows rows(PayTrends.TrendReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (PayTrends.SourceTrend source : report.sources()) {
      for (PayTrends.RoleTrend trend : source.roles()) {
        for (PayTrends.YearFigures y : trend.years()) {
          rows.add(
              List.of(
                  source.source(),
                  trend.role().id(),
                  Integer.toString(y.year()),
                  Figures.count(y.rows(), y.suppressed()),
                  Integer.toString(y.respondents()),
                  y.suppressed()
                      ? "suppressed"
                      : y.share().map(s -> fmt(100 * s.estimate())).orElse(""),
                  y.share()
                      .map(s -> fmt(100 * s.lower()) + " to " + fmt(100 * s.upper()))
                      .orElse(""),
                  y.median().isPresent()
                      ? String.format(Locale.ROOT, "%.0f", y.median().getAsDouble())
                      : "",
                  y.realMedian()
                      .map(e -> String.format(Locale.ROOT, "%.0f", e.estimate()))
                      .orElse("")));
        }
        rows.add(
            List.of(
                source.source(),
                trend.role().id(),
                "trend",
                Integer.toString(trend.rows()),
                Integer.toString(source.respondents()),
                trend
                    .shareChange()
                    .map(m -> fmt(100 * m.logPremium().estimate()) + " pp/yr")
                    .orElse(""),
                trend
                    .shareChange()
                    .map(
                        m ->
                            fmt(100 * m.logPremium().lower())
                                + " to "
                                + fmt(100 * m.logPremium().upper()))
                    .orElse(""),
                trend.payGrowth().map(m -> fmt(m.percent()) + " %/yr").orElse(""),
                trend
                    .payGrowth()
                    .map(m -> fmt(m.percentLower()) + " to " + fmt(m.percentUpper()))
                    .orElse("")));
      }
    }
    return new ReportRows(
        List.of(
            "source",
            "role",
            "year",
            "n",
            "respondents",
            "share %",
            "share CI",
            "median",
            "median 2020 prices"),
        List.of(false, false, false, true, true, true, true, true, true),
        rows);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
