package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.Control;
import org.devpay.core.claims.ClaimEffect;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.ClaimsEvaluation;
import org.devpay.core.claims.EffectVerdict;
import org.devpay.core.stats.Estimate;

/**
 * Claim verdicts ({@code devpay claims}, {@code /api/claims}) as JSON and as flat rows: per claim
 * the verdict, the effect that carries it with its interval, n, p and BH-adjusted p, the datasets
 * used and one plain sentence, then every effect.
 */
public final class ClaimsDocument {
  private ClaimsDocument() {}

  public static ObjectNode render(ClaimsEvaluation evaluation, String claimsSource) {
    ObjectNode root = AnswerDocument.object();
    root.put("claims_file", claimsSource);
    root.set("settings", Figures.settings(evaluation.settings()));
    root.put("p_value_adjustment", evaluation.adjustment());
    ObjectNode counts = root.putObject("verdict_counts");
    for (org.devpay.core.claims.Verdict v : org.devpay.core.claims.Verdict.values()) {
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
    ObjectNode node = AnswerDocument.object();
    node.put("name", effect.name());
    node.put("verdict", verdict.verdict().label());
    node.put("decides", effect.decides());
    node.put("measure", effect.measure().id());
    node.put("unit", effect.measure().unit().strip());
    node.put("focal", effect.focal().describe());
    node.put(
        "baseline", effect.baseline().map(b -> b.describe()).orElse("everyone else who states it"));
    node.put("population", effect.population().describe());
    ArrayNode controls = node.putArray("controls");
    effect.controls().stream().map(Control::id).forEach(controls::add);
    node.put("decision_rule", effect.rule().describe(effect.measure().unit()));
    Figures.interval(node, "estimate", verdict.value());
    Figures.number(node, "p_value", verdict.pValue());
    Figures.number(node, "p_value_bh", verdict.adjustedPValue());
    node.put("n", verdict.rows());
    ArrayNode editions = node.putArray("editions");
    verdict.editions().forEach(editions::add);
    node.set("pooled", Figures.pooled(verdict.pooled()));
    node.put("sentence", verdict.sentence());
    return node;
  }

  /** One row per claim (its headline effect). */
  public static ReportRows rows(ClaimsEvaluation evaluation) {
    List<List<String>> rows = new ArrayList<>();
    for (ClaimVerdict verdict : evaluation.verdicts()) {
      EffectVerdict e = verdict.headline();
      List<String> row = new ArrayList<>();
      row.add(verdict.claim().id());
      row.add(verdict.verdict().label());
      row.add(e.effect().name());
      if (e.value().isPresent()) {
        Estimate v = e.value().get();
        row.add(ComparisonDocument.number(v.estimate(), 1));
        row.add(ComparisonDocument.number(v.lower(), 1));
        row.add(ComparisonDocument.number(v.upper(), 1));
      } else {
        row.addAll(List.of("", "", ""));
      }
      row.add(e.effect().measure().unit().strip());
      row.add(e.pValue().isPresent() ? ComparisonDocument.pValue(e.pValue().getAsDouble()) : "");
      row.add(
          e.adjustedPValue().isPresent()
              ? ComparisonDocument.pValue(e.adjustedPValue().getAsDouble())
              : "");
      row.add(Long.toString(e.rows()));
      row.add(Integer.toString(verdict.datasets().size()));
      rows.add(row);
    }
    return new ReportRows(
        List.of(
            "claim",
            "verdict",
            "effect",
            "estimate",
            "ci lo",
            "ci hi",
            "unit",
            "p",
            "p (BH)",
            "n",
            "editions"),
        List.of(false, false, false, true, true, true, false, true, true, true, true),
        rows);
  }
}
