package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.analysis.Premium;
import org.devpay.core.analysis.engine.ControlUse;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.PooledEffect;
import org.devpay.core.stats.TermContribution;
import org.devpay.core.stats.TwoFoldDecomposition;

/**
 * The JSON shapes of figures every analysis document shares (an interval, a regression coefficient,
 * a pooled premium, a premium with its controls), so one figure reads the same in compare, factors
 * and claims output.
 */
final class Figures {
  private Figures() {}

  static ObjectNode settings(AnswerSettings settings) {
    ObjectNode node = AnswerDocument.object();
    node.put("confidence", settings.bootstrap().confidence());
    node.put("bootstrap_resamples", settings.bootstrap().resamples());
    node.put("seed", settings.bootstrap().seed());
    node.put("screen", settings.screen().describe());
    node.put("privacy_floor_k", settings.privacyFloor().minimumCellSize());
    node.put(
        "adjusted_premium",
        "coefficient of the group indicator in an OLS of ln(annual pay) with fixed effects for the"
            + " controls an edition has (levels under k merged), HC1 standard errors (claims:"
            + " cluster-robust CR1 by company where rows are company cells), Student-t intervals;"
            + " percent = 100 (e^b - 1)");
    node.put(
        "pooling",
        "DerSimonian-Laird random effects over editions' log premiums, normal intervals, I²;"
            + " with the Hartung-Knapp-Sidik-Jonkman t interval and the 95% prediction interval for"
            + " a new dataset (metafor rma(method='DL', test='knha') and predict())");
    return node;
  }

  static void interval(ObjectNode node, String prefix, Optional<Estimate> estimate) {
    if (estimate.isPresent()) {
      Estimate e = estimate.get();
      node.put(prefix, e.estimate());
      node.put(prefix + "_ci_lower", e.lower());
      node.put(prefix + "_ci_upper", e.upper());
    } else {
      node.putNull(prefix);
      node.putNull(prefix + "_ci_lower");
      node.putNull(prefix + "_ci_upper");
    }
  }

  static void number(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
  }

  static ObjectNode model(Optional<ModelEstimate> estimate) {
    if (estimate.isEmpty()) {
      return null;
    }
    ModelEstimate m = estimate.get();
    ObjectNode node = AnswerDocument.object();
    node.put("log_premium", m.logPremium().estimate());
    node.put("log_ci_lower", m.logPremium().lower());
    node.put("log_ci_upper", m.logPremium().upper());
    node.put("percent", m.percent());
    node.put("percent_ci_lower", m.percentLower());
    node.put("percent_ci_upper", m.percentUpper());
    node.put("standard_error", m.standardError());
    node.put("p_value", m.pValue());
    node.put("rows", m.rows());
    node.put("observations", m.observations());
    node.put("parameters", m.parameters());
    node.put("r_squared", m.rSquared());
    ArrayNode dropped = node.putArray("dropped_columns");
    m.droppedColumns().forEach(dropped::add);
    node.put("covariance", m.covariance());
    return node;
  }

  static ObjectNode pooled(PooledPremium pooled) {
    ObjectNode node = AnswerDocument.object();
    if (pooled.pooled().isPresent()) {
      Estimate e = pooled.pooled().get();
      node.put("log_premium", e.estimate());
      node.put("log_ci_lower", e.lower());
      node.put("log_ci_upper", e.upper());
      node.put("percent", Premium.percent(e.estimate()));
      node.put("percent_ci_lower", Premium.percent(e.lower()));
      node.put("percent_ci_upper", Premium.percent(e.upper()));
      node.put("interval_method", e.method().name().toLowerCase(Locale.ROOT));
    } else {
      node.putNull("log_premium");
      node.putNull("percent");
    }
    number(node, "standard_error", pooled.standardError());
    number(node, "p_value", pooled.pValue());
    node.put("studies", pooled.studies());
    ArrayNode editions = node.putArray("editions");
    pooled.editions().forEach(editions::add);
    node.put("rows", pooled.rows());
    if (pooled.randomEffects().isPresent()) {
      PooledEffect r = pooled.randomEffects().get();
      node.put("tau_squared", r.tauSquared());
      node.put("q", r.q());
      node.put("heterogeneity_p_value", r.heterogeneityPValue());
      node.put("i_squared", r.iSquared());
      node.put("fixed_effect_log_premium", r.fixedEffect());
      node.put("hksj_log_ci_lower", r.hartungKnapp().lower());
      node.put("hksj_log_ci_upper", r.hartungKnapp().upper());
      node.put("hksj_standard_error", r.hartungKnappStandardError());
      node.put("hksj_p_value", r.hartungKnappPValue());
      node.put("hksj_percent_ci_lower", Premium.percent(r.hartungKnapp().lower()));
      node.put("hksj_percent_ci_upper", Premium.percent(r.hartungKnapp().upper()));
      node.put("prediction_log_lower", r.prediction().lower());
      node.put("prediction_log_upper", r.prediction().upper());
      node.put("prediction_percent_lower", Premium.percent(r.prediction().lower()));
      node.put("prediction_percent_upper", Premium.percent(r.prediction().upper()));
    }
    node.put("note", pooled.note());
    return node;
  }

  /**
   * A cell's count: null for a cell the disclosure control withheld, which states nothing about its
   * size (its record holds 0, never the true count).
   */
  static void count(ObjectNode node, String field, long n, boolean withheld) {
    if (withheld) {
      node.putNull(field);
    } else {
      node.put(field, n);
    }
  }

  /** A count for a table or CSV cell: empty for a withheld cell. */
  static String count(long n, boolean withheld) {
    return withheld ? "" : Long.toString(n);
  }

  static ObjectNode premium(Premium premium) {
    ObjectNode node = AnswerDocument.object();
    node.put("focal", premium.focal());
    node.put("baseline", premium.baseline());
    count(node, "focal_n", premium.focalRows(), premium.suppressed());
    count(node, "baseline_n", premium.baselineRows(), premium.suppressed());
    node.put("suppressed", premium.suppressed());
    if (!premium.note().isEmpty()) {
      node.put("note", premium.note());
    }
    ObjectNode ratio = node.putObject("ratio_of_medians");
    interval(ratio, "estimate", premium.ratioOfMedians());
    node.set("unadjusted", model(premium.unadjusted()));
    node.set("adjusted", model(premium.adjusted()));
    ArrayNode controls = node.putArray("controls");
    for (ControlUse use : premium.controls()) {
      ObjectNode c = controls.addObject();
      c.put("control", use.control().id());
      c.put("used", use.used());
      c.put("columns", use.columns());
      c.put("note", use.note());
    }
    node.set("decomposition", premium.decomposition().map(Figures::decomposition).orElse(null));
    if (!premium.decompositionNote().isEmpty()) {
      node.put("decomposition_note", premium.decompositionNote());
    }
    return node;
  }

  static ObjectNode decomposition(TwoFoldDecomposition d) {
    ObjectNode node = AnswerDocument.object();
    node.put("method", "two-fold Oaxaca-Blinder, pooled reference with group indicator");
    node.put("gap_log", d.gap());
    node.put("explained_log", d.explained().estimate());
    node.put("explained_ci_lower", d.explained().lower());
    node.put("explained_ci_upper", d.explained().upper());
    node.put("unexplained_log", d.unexplained().estimate());
    node.put("unexplained_ci_lower", d.unexplained().lower());
    node.put("unexplained_ci_upper", d.unexplained().upper());
    node.put("explained_share", d.explainedShare());
    node.put("resamples", d.resamples());
    ObjectNode terms = node.putObject("explained_by_term");
    for (TermContribution t : d.explainedByTerm()) {
      terms.put(t.term(), t.explained());
    }
    return node;
  }

  /** "+12.3% [+8.1%, +16.6%]" or "-" for an absent estimate. */
  static String percentText(Optional<ModelEstimate> estimate) {
    return estimate
        .map(
            m ->
                String.format(
                    Locale.ROOT,
                    "%+.1f%% [%+.1f, %+.1f]",
                    m.percent(),
                    m.percentLower(),
                    m.percentUpper()))
        .orElse("-");
  }

  /** The pooled figure as "+12.3% [+8.1, +16.6]" or "-". */
  static String pooledText(PooledPremium pooled) {
    return pooled
        .pooled()
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "%+.1f%% [%+.1f, %+.1f]",
                    Premium.percent(e.estimate()),
                    Premium.percent(e.lower()),
                    Premium.percent(e.upper())))
        .orElse("-");
  }

  static String pValueText(OptionalDouble p) {
    if (p.isEmpty()) {
      return "-";
    }
    double v = p.getAsDouble();
    return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
  }
}
