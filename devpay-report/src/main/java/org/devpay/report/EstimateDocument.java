package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.estimate.Accuracy;
import org.devpay.core.estimate.Adjustment;
import org.devpay.core.estimate.ComparableCell;
import org.devpay.core.estimate.EditionEvaluation;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.FeatureSet;
import org.devpay.core.estimate.ModelSummary;
import org.devpay.core.estimate.PayBand;
import org.devpay.core.estimate.PayEstimate;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.RoleAlternative;
import org.devpay.core.stats.Estimate;

/**
 * Pay estimates and the estimator's evaluation as JSON, in the answer document's conventions
 * (snake_case keys, every figure with its n): the same document for {@code devpay estimate --format
 * json}, {@code GET /api/estimate} and the dashboard.
 */
public final class EstimateDocument {
  /** The method in one paragraph, carried by every document. */
  public static final String METHOD =
      "Per dataset edition, respondents in a job are split by a seeded hash into 60% training,"
          + " 20% calibration and 20% test rows. ln(annual pay) is fitted by least squares (with"
          + " frequency weights) on the facts the profile states: role, metro or country, a linear"
          + " spline in years of experience, seniority, industry and skill indicators; levels with"
          + " fewer than the minimum training rows are merged. A second fit of ln|residual| gives"
          + " each profile its spread, and the P10-P90 band is calibrated by split-conformal"
          + " prediction on the calibration rows; the test rows measure its coverage and the median"
          + " absolute percentage error of P50 against the naive country x role median.";

  private EstimateDocument() {}

  /** The document for a profile's estimates. */
  public static ObjectNode render(EstimateResult result) {
    ObjectNode root = AnswerDocument.object();
    root.put("question", "What is this profile paid, as P10, P50 and P90 of annual pay?");
    root.put("method", METHOD);
    root.set("settings", settings(result.settings()));
    root.set("profile", profile(result.profile()));
    ArrayNode estimates = root.putArray("estimates");
    for (PayEstimate estimate : result.estimates()) {
      estimates.add(estimate(estimate));
    }
    ArrayNode skipped = root.putArray("skipped");
    for (EstimateResult.Skipped s : result.skipped()) {
      ObjectNode node = skipped.addObject();
      node.put("dataset", s.edition().datasetId());
      node.put("edition", s.edition().edition());
      node.put("reason", s.reason());
    }
    return root;
  }

  /** The document of an evaluation over dataset editions. */
  public static ObjectNode renderEvaluation(
      List<EditionEvaluation> evaluations, EstimatorSettings settings) {
    ObjectNode root = AnswerDocument.object();
    root.put(
        "statistic",
        "coverage of the calibrated "
            + percent(settings.coverage())
            + " band and median absolute percentage error (MdAPE) of P50 on each edition's"
            + " held-out test rows, next to the MdAPE of the naive country x role median");
    root.put("method", METHOD);
    root.set("settings", settings(settings));
    ArrayNode editions = root.putArray("editions");
    for (EditionEvaluation evaluation : evaluations) {
      ObjectNode e = editions.addObject();
      e.put("dataset", evaluation.edition().datasetId());
      e.put("edition", evaluation.edition().edition());
      e.put("currency", evaluation.currency());
      e.put("basis", evaluation.basis());
      e.put("scope", evaluation.scope());
      e.put("records", evaluation.records());
      e.put("not_employed", evaluation.notEmployed());
      e.put("screened_out", evaluation.screenedOut());
      e.put("rows", evaluation.rows());
      e.put("binned", evaluation.binned());
      e.put("weighted", evaluation.weighted());
      optional(e, "full", evaluation.full().map(EstimateDocument::model));
      optional(e, "basic", evaluation.basic().map(EstimateDocument::model));
      text(e, "failure", evaluation.failure());
    }
    return root;
  }

  static ObjectNode settings(EstimatorSettings settings) {
    ObjectNode node = AnswerDocument.object();
    node.put("seed", settings.seed());
    node.put("coverage", settings.coverage());
    node.put("calibration_share", settings.calibrationShare());
    node.put("test_share", settings.testShare());
    node.put("minimum_level_rows", settings.minimumLevelRows());
    node.put("privacy_floor_k", settings.privacyFloor().minimumCellSize());
    return node;
  }

  static ObjectNode profile(Profile profile) {
    ObjectNode node = AnswerDocument.object();
    node.put("role", profile.role().id());
    node.put("role_name", profile.role().displayName());
    Figures.number(node, "years", profile.yearsExperience());
    text(node, "seniority", profile.seniority().map(s -> s.id()));
    text(node, "country", profile.country());
    text(node, "metro", profile.metro());
    text(node, "industry", profile.industry());
    ArrayNode skills = node.putArray("skills");
    profile.skills().forEach(skills::add);
    return node;
  }

  private static ObjectNode estimate(PayEstimate estimate) {
    ObjectNode node = AnswerDocument.object();
    node.put("dataset", estimate.edition().datasetId());
    node.put("edition", estimate.edition().edition());
    node.put("title", estimate.title());
    node.put("pay", estimate.payDescription());
    node.put("basis", estimate.basis());
    node.put("scope", estimate.scope());
    ArrayNode years = node.putArray("survey_years");
    estimate.surveyYears().forEach(years::add);
    node.set("local", band(estimate.local()));
    node.set("usd", band(estimate.usd()));
    node.put("usd_per_unit", estimate.usdPerUnit());
    node.put("exchange_rate", exchangeRate(estimate));
    node.set("cell", cell(estimate.cell()));
    ArrayNode adjustments = node.putArray("adjustments");
    estimate.adjustments().forEach(a -> adjustments.add(adjustment(a)));
    optional(node, "place_effect", estimate.placeEffect().map(EstimateDocument::adjustment));
    ArrayNode notes = node.putArray("notes");
    estimate.notes().forEach(note -> notes.add(note.text()));
    node.set("model", model(estimate.model()));
    ArrayNode others = node.putArray("other_roles");
    for (RoleAlternative other : estimate.otherRoles()) {
      ObjectNode o = others.addObject();
      o.put("role", other.role().id());
      o.put("role_name", other.role().displayName());
      o.put("cell_n", other.cellRows());
      o.set("local", band(other.local()));
      o.set("usd", band(other.usd()));
      o.put("median_ratio", other.medianRatio());
      optional(o, "role_effect", other.roleEffect().map(EstimateDocument::effect));
    }
    return node;
  }

  /** "USD at the survey year's average rate: 1 EUR = 1.1422 USD", or "published in USD". */
  public static String exchangeRate(PayEstimate estimate) {
    if (estimate.local().currency().equals("USD")) {
      return "published in USD";
    }
    return String.format(
        Locale.ROOT,
        "USD at the survey year's average rate: 1 %s = %.6g USD",
        estimate.local().currency(),
        estimate.usdPerUnit());
  }

  static ObjectNode band(PayBand band) {
    ObjectNode node = AnswerDocument.object();
    node.put("currency", band.currency());
    node.put("p10", band.p10());
    node.put("p50", band.p50());
    node.put("p90", band.p90());
    return node;
  }

  static ObjectNode cell(ComparableCell cell) {
    ObjectNode node = AnswerDocument.object();
    node.put("description", cell.description());
    ObjectNode filter = node.putObject("filter");
    cell.criteria().forEach(filter::put);
    Figures.count(node, "n", cell.rows(), cell.withheld());
    if (cell.withheld()) {
      node.putNull("respondents");
    } else {
      node.put("respondents", cell.respondents());
    }
    Figures.number(node, "median", cell.median());
    Figures.number(node, "median_usd", cell.medianUsd());
    node.put("withheld", cell.withheld());
    return node;
  }

  private static ObjectNode adjustment(Adjustment adjustment) {
    ObjectNode node = AnswerDocument.object();
    node.put("term", adjustment.term());
    node.put("description", adjustment.description());
    node.put("log_effect", adjustment.logEffect());
    node.put("percent", adjustment.percent());
    return node;
  }

  private static ObjectNode effect(Estimate estimate) {
    ObjectNode node = AnswerDocument.object();
    node.put("log_effect", estimate.estimate());
    node.put("log_lower", estimate.lower());
    node.put("log_upper", estimate.upper());
    node.put("percent", 100 * Math.expm1(estimate.estimate()));
    node.put("percent_lower", 100 * Math.expm1(estimate.lower()));
    node.put("percent_upper", 100 * Math.expm1(estimate.upper()));
    node.put("confidence", estimate.confidence());
    node.put("interval", "Wald, Student t, HC1 standard errors");
    return node;
  }

  static ObjectNode model(ModelSummary model) {
    ObjectNode node = AnswerDocument.object();
    FeatureSet features = model.features();
    ObjectNode f = node.putObject("features");
    f.put("place", features.place().name().toLowerCase(Locale.ROOT));
    f.put("experience", features.experience());
    f.put("seniority", features.seniority());
    f.put("industry", features.industry());
    f.put("skills", features.skills());
    node.put("formula", model.formula());
    node.put("training_rows", model.trainingRows());
    node.put("calibration_rows", model.calibrationRows());
    node.put("parameters", model.parameters());
    node.put("r_squared", model.rSquared());
    ArrayNode dropped = node.putArray("dropped_columns");
    model.droppedColumns().forEach(dropped::add);
    ObjectNode scores = node.putObject("calibrated_scores");
    scores.put("lower", model.lowerScore());
    scores.put("median", model.medianScore());
    scores.put("upper", model.upperScore());
    node.set("accuracy", accuracy(model.accuracy()));
    return node;
  }

  private static ObjectNode accuracy(Accuracy accuracy) {
    ObjectNode node = AnswerDocument.object();
    node.put("test_rows", accuracy.testRows());
    node.put("coverage", accuracy.coverage());
    node.put("below_p10", accuracy.belowLower());
    node.put("above_p90", accuracy.aboveUpper());
    node.put("mdape", accuracy.medianAbsolutePercentageError());
    node.put("baseline_mdape", accuracy.baselineMedianAbsolutePercentageError());
    node.put("beats_baseline", accuracy.beatsBaseline());
    node.put("median_band_ratio", accuracy.medianBandRatio());
    ArrayNode roles = node.putArray("role_coverage");
    for (Accuracy.GroupCoverage group : accuracy.roleCoverage()) {
      ObjectNode g = roles.addObject();
      g.put("role", group.group());
      g.put("n", group.rows());
      g.put("coverage", group.coverage());
    }
    optional(
        node,
        "weighted",
        accuracy
            .weighted()
            .map(
                w -> {
                  ObjectNode o = AnswerDocument.object();
                  o.put("effective_rows", w.effectiveRows());
                  o.put("coverage", w.coverage());
                  o.put("mdape", w.medianAbsolutePercentageError());
                  o.put("baseline_mdape", w.baselineMedianAbsolutePercentageError());
                  return o;
                }));
    return node;
  }

  private static void optional(ObjectNode node, String field, Optional<ObjectNode> value) {
    if (value.isPresent()) {
      node.set(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static void text(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
