package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.claims.ClaimEffect;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.ClaimsEvaluation;
import org.devpay.core.claims.ConfidenceLabel;
import org.devpay.core.claims.DecisionRule;
import org.devpay.core.claims.EditionFigure;
import org.devpay.core.claims.EffectVerdict;
import org.devpay.core.claims.Verdict;
import org.devpay.core.stats.Estimate;

/**
 * Claim verdicts ({@code devpay claims}, {@code /api/claims}) as JSON and as flat rows: per claim
 * the verdict, the effect that carries it, and every effect with its deciding interval, the
 * DerSimonian-Laird, Hartung-Knapp-Sidik-Jonkman and prediction intervals, the per-edition
 * estimates, the rule applied, the confidence label, n, p and BH-adjusted p, the datasets used and
 * one plain sentence.
 */
public final class ClaimsDocument {
  /** The confidence labels' rules, printed with every document that carries labels. */
  public static final String LABEL_RULES =
      "strong: the deciding interval clears the claim's line and so does every edition's own"
          + " interval, on the same side, with two or more editions; moderate: the deciding"
          + " interval clears the line, but one edition only says so or some edition's interval"
          + " does not; weak: the deciding interval crosses the line; too few: no figure"
          + " (suppressed below k) or fewer than "
          + ConfidenceLabel.MINIMUM_ROWS
          + " rows behind it";

  /** How the deciding interval is chosen, printed with the document. */
  public static final String DECISION_RULES =
      "An effect pooled over 2 to 9 editions is decided on its Hartung-Knapp-Sidik-Jonkman t"
          + " interval (k - 1 degrees of freedom), over 10 or more on the DerSimonian-Laird normal"
          + " interval, with one edition on its own interval. 'greater t' is supported only when"
          + " the whole interval lies above t (BH-adjusted p significant) and contradicted when it"
          + " lies wholly below t. A clear verdict whose 95% prediction interval for a new dataset"
          + " crosses the line becomes 'depends on the dataset', listing the editions on each side.";

  private ClaimsDocument() {}

  public static ObjectNode render(ClaimsEvaluation evaluation, String claimsSource) {
    ObjectNode root = AnswerDocument.object();
    root.put("claims_file", claimsSource);
    root.set("settings", Figures.settings(evaluation.settings()));
    root.put("p_value_adjustment", evaluation.adjustment());
    root.put("decision_rules", DECISION_RULES);
    root.put("confidence_labels", LABEL_RULES);
    ArrayNode screened = root.putArray("implausible_amounts_screened");
    for (ClaimsEvaluation.ScreenedRows rows : evaluation.screened()) {
      ObjectNode node = screened.addObject();
      node.put("edition", rows.edition());
      node.put("rows", rows.rows());
      node.put("rule", rows.rule());
    }
    ObjectNode counts = root.putObject("verdict_counts");
    for (Verdict v : Verdict.values()) {
      counts.put(v.label(), evaluation.verdicts().stream().filter(c -> c.verdict() == v).count());
    }
    ArrayNode claims = root.putArray("claims");
    for (ClaimVerdict verdict : evaluation.verdicts()) {
      ObjectNode node = claims.addObject();
      node.put("id", verdict.claim().id());
      node.put("text", verdict.claim().text());
      node.put("hypothesis", verdict.claim().hypothesis());
      node.put("verdict", verdict.verdict().label());
      node.put("sentence", verdict.sentence());
      node.set("effect", effect(verdict.headline()));
      node.put("n", verdict.rows());
      ArrayNode datasets = node.putArray("datasets");
      verdict.datasets().forEach(datasets::add);
      node.put("combine", verdict.claim().combination().name().toLowerCase(Locale.ROOT));
      ArrayNode effects = node.putArray("effects");
      verdict.effects().forEach(e -> effects.add(effect(e)));
      node.put("decided_by", verdict.claim().decidedBy());
      node.put("would_decide", verdict.claim().wouldDecide());
      if (!verdict.claim().caveat().isEmpty()) {
        node.put("caveat", verdict.claim().caveat());
      }
    }
    return root;
  }

  private static ObjectNode effect(EffectVerdict verdict) {
    ClaimEffect effect = verdict.effect();
    String unit = effect.measure().unit().strip();
    ObjectNode node = AnswerDocument.object();
    node.put("name", effect.name());
    node.put("verdict", verdict.verdict().label());
    node.put("confidence", verdict.label().label());
    node.put("decides", effect.decides());
    node.put("measure", effect.measure().id());
    node.put("unit", unit);
    node.put("focal", effect.focal().describe());
    node.put(
        "baseline", effect.baseline().map(b -> b.describe()).orElse("everyone else who states it"));
    node.put("population", effect.population().describe());
    ArrayNode controls = node.putArray("controls");
    effect.controls().stream().map(Control::id).forEach(controls::add);
    ObjectNode rule = node.putObject("rule");
    rule.put("kind", effect.rule().kind().id());
    if (effect.rule().kind() == DecisionRule.Kind.WITHIN) {
      rule.put("lower", effect.rule().threshold());
      rule.put("upper", effect.rule().upper());
    } else {
      rule.put("threshold", effect.rule().threshold());
    }
    rule.put("line", effect.rule().line(effect.measure().unit()));
    rule.put("robust_to_pooling", effect.robustToPooling());
    node.put("decision_rule", effect.rule().describe(effect.measure().unit()));
    node.put("decided_on", verdict.basis());
    Figures.interval(node, "estimate", verdict.value());
    node.set("dersimonian_laird", interval(verdict.wald()));
    node.set("hartung_knapp", interval(verdict.hartungKnapp()));
    node.set("prediction_interval", interval(verdict.prediction()));
    Figures.number(node, "p_value", verdict.pValue());
    Figures.number(node, "p_value_bh", verdict.adjustedPValue());
    node.put("n", verdict.rows());
    ArrayNode editions = node.putArray("editions");
    verdict.editions().forEach(editions::add);
    node.put("edition_count", verdict.editions().size());
    node.set("per_edition", perEdition(verdict.perEdition()));
    ObjectNode sides = node.putObject("editions_by_side");
    for (DecisionRule.Side side : DecisionRule.Side.values()) {
      ArrayNode names = sides.putArray(side.name().toLowerCase(Locale.ROOT));
      verdict.editionsOn(side).forEach(names::add);
    }
    if (!verdict.pooling().isEmpty()) {
      ArrayNode pooling = node.putArray("pooling_choices");
      for (EffectVerdict.PoolingVariant v : verdict.pooling()) {
        ObjectNode variant = pooling.addObject();
        variant.put("method", v.method());
        Figures.interval(variant, "estimate", Optional.of(v.value()));
        variant.put("verdict", v.verdict().label());
      }
    }
    if (verdict.sensitivity().isPresent()) {
      EffectVerdict.Sensitivity s = verdict.sensitivity().get();
      ObjectNode sensitivity = node.putObject("sensitivity");
      sensitivity.put("name", s.name());
      Figures.interval(sensitivity, "estimate", Optional.of(s.value()));
      sensitivity.set("dersimonian_laird", interval(s.wald()));
      sensitivity.put("verdict", s.verdict().label());
      sensitivity.set("per_edition", perEdition(s.perEdition()));
    }
    node.set("pooled", Figures.pooled(verdict.pooled()));
    node.put("sentence", verdict.sentence());
    return node;
  }

  private static ObjectNode interval(Optional<Estimate> estimate) {
    if (estimate.isEmpty()) {
      return null;
    }
    ObjectNode node = AnswerDocument.object();
    Figures.interval(node, "estimate", estimate);
    node.put("method", estimate.get().method().name().toLowerCase(Locale.ROOT));
    return node;
  }

  private static ArrayNode perEdition(List<EditionFigure> figures) {
    ArrayNode out = AnswerDocument.object().arrayNode();
    for (EditionFigure f : figures) {
      ObjectNode node = out.addObject();
      node.put("edition", f.edition());
      Figures.interval(node, "estimate", Optional.of(f.value()));
      node.put("log_estimate", f.logEstimate());
      node.put("standard_error", f.standardError());
      node.put("p_value", f.pValue());
      node.put("n", f.rows());
      node.put("covariance", f.covariance());
      node.put("side", f.side().label());
      node.put("too_few", f.tooFew());
    }
    return out;
  }

  /**
   * One row per effect: the claim and its verdict (on the claim's first effect), the effect's
   * verdict, its deciding estimate and interval, the prediction interval, the confidence label, n
   * and the number of editions it rests on (its own, not the claim's).
   */
  public static ReportRows rows(ClaimsEvaluation evaluation) {
    List<List<String>> rows = new ArrayList<>();
    for (ClaimVerdict verdict : evaluation.verdicts()) {
      boolean first = true;
      for (EffectVerdict e : verdict.effects()) {
        List<String> row = new ArrayList<>();
        row.add(first ? verdict.claim().id() : "");
        row.add(first ? verdict.verdict().label() : "");
        row.add(e.effect().name() + (e.effect().decides() ? "" : " (reported)"));
        row.add(e.verdict().label());
        addInterval(row, e.value(), 1);
        row.add(e.prediction().map(p -> one(p.lower()) + " to " + one(p.upper())).orElse(""));
        row.add(e.effect().measure().unit().strip());
        row.add(e.label().label());
        row.add(Long.toString(e.rows()));
        row.add(Integer.toString(e.editions().size()));
        rows.add(row);
        first = false;
      }
    }
    return new ReportRows(
        List.of(
            "claim",
            "claim verdict",
            "effect",
            "effect verdict",
            "estimate",
            "ci lo",
            "ci hi",
            "prediction",
            "unit",
            "confidence",
            "n",
            "editions"),
        List.of(false, false, false, false, true, true, true, true, false, false, true, true),
        rows);
  }

  /**
   * The long form behind {@code --format csv}: per effect one row for the deciding (pooled) figure,
   * one per interval the pooling gives, one per edition, and for a sensitivity its pooled and
   * per-edition rows.
   */
  public static ReportRows csvRows(ClaimsEvaluation evaluation) {
    List<List<String>> rows = new ArrayList<>();
    for (ClaimVerdict verdict : evaluation.verdicts()) {
      for (EffectVerdict e : verdict.effects()) {
        String unit = e.effect().measure().unit().strip();
        String claim = verdict.claim().id();
        String name = e.effect().name();
        rows.add(
            row(
                claim,
                verdict.verdict().label(),
                name,
                "deciding",
                e.basis(),
                e.value(),
                unit,
                e.verdict().label(),
                e.label().label(),
                e.rows(),
                e.pValue().isPresent() ? ComparisonDocument.pValue(e.pValue().getAsDouble()) : "",
                e.adjustedPValue().isPresent()
                    ? ComparisonDocument.pValue(e.adjustedPValue().getAsDouble())
                    : ""));
        e.wald()
            .ifPresent(
                w ->
                    rows.add(
                        row(
                            claim,
                            verdict.verdict().label(),
                            name,
                            "dersimonian_laird",
                            "DerSimonian-Laird normal",
                            Optional.of(w),
                            unit,
                            "",
                            "",
                            e.rows(),
                            "",
                            "")));
        e.hartungKnapp()
            .ifPresent(
                h ->
                    rows.add(
                        row(
                            claim,
                            verdict.verdict().label(),
                            name,
                            "hartung_knapp",
                            "Hartung-Knapp-Sidik-Jonkman t",
                            Optional.of(h),
                            unit,
                            "",
                            "",
                            e.rows(),
                            "",
                            "")));
        e.prediction()
            .ifPresent(
                p ->
                    rows.add(
                        row(
                            claim,
                            verdict.verdict().label(),
                            name,
                            "prediction",
                            "95% prediction interval for a new dataset",
                            Optional.of(p),
                            unit,
                            "",
                            "",
                            e.rows(),
                            "",
                            "")));
        for (EditionFigure f : e.perEdition()) {
          rows.add(
              row(
                  claim,
                  verdict.verdict().label(),
                  name,
                  "edition",
                  f.edition(),
                  Optional.of(f.value()),
                  unit,
                  f.side().label(),
                  f.tooFew() ? ConfidenceLabel.TOO_FEW.label() : "",
                  f.rows(),
                  ComparisonDocument.pValue(f.pValue()),
                  ""));
        }
        if (e.sensitivity().isPresent()) {
          EffectVerdict.Sensitivity s = e.sensitivity().get();
          rows.add(
              row(
                  claim,
                  verdict.verdict().label(),
                  name,
                  "sensitivity",
                  s.name(),
                  Optional.of(s.value()),
                  unit,
                  s.verdict().label(),
                  "",
                  0,
                  "",
                  ""));
          for (EditionFigure f : s.perEdition()) {
            rows.add(
                row(
                    claim,
                    verdict.verdict().label(),
                    name,
                    "sensitivity edition",
                    f.edition(),
                    Optional.of(f.value()),
                    unit,
                    f.side().label(),
                    "",
                    f.rows(),
                    ComparisonDocument.pValue(f.pValue()),
                    ""));
          }
        }
      }
    }
    return new ReportRows(
        List.of(
            "claim",
            "claim verdict",
            "effect",
            "figure",
            "what",
            "estimate",
            "ci lo",
            "ci hi",
            "unit",
            "verdict or side",
            "confidence",
            "n",
            "p",
            "p (BH)"),
        List.of(
            false, false, false, false, false, true, true, true, false, false, false, true, true,
            true),
        rows);
  }

  private static List<String> row(
      String claim,
      String claimVerdict,
      String effect,
      String figure,
      String what,
      Optional<Estimate> value,
      String unit,
      String verdict,
      String label,
      long n,
      String p,
      String q) {
    List<String> row = new ArrayList<>(List.of(claim, claimVerdict, effect, figure, what));
    addInterval(row, value, 4);
    row.addAll(List.of(unit, verdict, label, n > 0 ? Long.toString(n) : "", p, q));
    return row;
  }

  private static void addInterval(List<String> row, Optional<Estimate> value, int decimals) {
    if (value.isPresent()) {
      Estimate v = value.get();
      row.add(ComparisonDocument.number(v.estimate(), decimals));
      row.add(ComparisonDocument.number(v.lower(), decimals));
      row.add(ComparisonDocument.number(v.upper(), decimals));
    } else {
      row.addAll(List.of("", "", ""));
    }
  }

  private static String one(double value) {
    return ComparisonDocument.number(value, 1);
  }
}
