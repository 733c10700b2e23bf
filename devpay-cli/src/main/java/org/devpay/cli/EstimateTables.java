package org.devpay.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devpay.core.estimate.Accuracy;
import org.devpay.core.estimate.Adjustment;
import org.devpay.core.estimate.EditionEvaluation;
import org.devpay.core.estimate.EstimateNote;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.ModelSummary;
import org.devpay.core.estimate.PayBand;
import org.devpay.core.estimate.PayEstimate;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.RoleAlternative;
import org.devpay.report.EstimateDocument;

/**
 * The terminal form of {@code devpay estimate}: one block per edition, and the evaluation table.
 */
final class EstimateTables {
  private EstimateTables() {}

  static void printEstimate(EstimateResult result, PrintWriter out) {
    out.println("Profile: " + describe(result.profile()));
    out.println(
        "P10-P90 is a band calibrated to hold "
            + percent(result.settings().coverage())
            + " of held-out respondents; P50 is its median.");
    for (PayEstimate estimate : result.estimates()) {
      out.println();
      out.println(estimate.edition() + ": " + estimate.title());
      out.println(
          "  pay: "
              + estimate.payDescription()
              + " ("
              + estimate.basis()
              + ", "
              + estimate.scope()
              + ")");
      out.println("  " + band(estimate.local()));
      if (!estimate.local().currency().equals("USD")) {
        out.println(
            "  " + band(estimate.usd()) + "   (" + EstimateDocument.exchangeRate(estimate) + ")");
      }
      out.println(
          "  comparable cell: "
              + estimate.cell().description()
              + (estimate.cell().withheld()
                  ? " (its own size and median withheld)"
                  : ", n = "
                      + count(estimate.cell().rows())
                      + ", its median "
                      + money(estimate.cell().median().getAsDouble())
                      + " "
                      + estimate.local().currency()));
      if (!estimate.adjustments().isEmpty()) {
        out.println("  adjustments from the cell's average respondent to this profile:");
        for (Adjustment adjustment : estimate.adjustments()) {
          out.println("    " + signed(adjustment.percent()) + "  " + adjustment.description());
        }
      }
      estimate
          .placeEffect()
          .ifPresent(p -> out.println("  place: " + p.description() + ": " + signed(p.percent())));
      for (EstimateNote note : estimate.notes()) {
        out.println("  note: " + note.text());
      }
      ModelSummary model = estimate.model();
      Accuracy accuracy = model.accuracy();
      out.println("  model: " + model.formula());
      out.println(
          "    fitted on "
              + count(model.trainingRows())
              + " rows, calibrated on "
              + count(model.calibrationRows())
              + "; on "
              + count(accuracy.testRows())
              + " held-out rows "
              + percent(accuracy.coverage())
              + " fell in the band ("
              + percent(accuracy.belowLower())
              + " below P10, "
              + percent(accuracy.aboveUpper())
              + " above P90), MdAPE of P50 "
              + percent(accuracy.medianAbsolutePercentageError())
              + " vs "
              + percent(accuracy.baselineMedianAbsolutePercentageError())
              + " for the country x role median");
      if (!estimate.otherRoles().isEmpty()) {
        out.println("  the same profile in other roles:");
        TextTable table =
            new TextTable(
                List.of(
                    "role",
                    "cell n",
                    "P10",
                    "P50",
                    "P90",
                    "P50 ratio",
                    "role effect, other facts equal (95% CI)"),
                List.of(false, true, true, true, true, true, false));
        for (RoleAlternative other : estimate.otherRoles()) {
          table.add(
              List.of(
                  other.role().id(),
                  count(other.cellRows()),
                  money(other.local().p10()),
                  money(other.local().p50()),
                  money(other.local().p90()),
                  String.format(Locale.ROOT, "%.3f", other.medianRatio()),
                  other
                      .roleEffect()
                      .map(
                          e ->
                              signed(100 * Math.expm1(e.estimate()))
                                  + " ["
                                  + signed(100 * Math.expm1(e.lower()))
                                  + ", "
                                  + signed(100 * Math.expm1(e.upper()))
                                  + "]")
                      .orElse("-")));
        }
        for (String line : table.render().split("\n")) {
          out.println("    " + line);
        }
      }
    }
    List<EditionsAxis.Row> axis = new ArrayList<>();
    for (PayEstimate estimate : result.estimates()) {
      axis.add(
          new EditionsAxis.Row(
              estimate.edition().toString(),
              estimate.basis(),
              estimate.scope(),
              estimate.usd().p10(),
              estimate.usd().p50(),
              estimate.usd().p90(),
              java.util.OptionalDouble.empty()));
    }
    out.println();
    EditionsAxis.render(axis, "").forEach(out::println);
    if (!result.skipped().isEmpty()) {
      out.println();
      out.println("Not estimated:");
      for (EstimateResult.Skipped skipped : result.skipped()) {
        out.println("  " + skipped.edition() + ": " + skipped.reason());
      }
    }
  }

  static void printEvaluation(
      List<EditionEvaluation> evaluations, EstimatorSettings settings, PrintWriter out) {
    out.println(
        "Estimator accuracy on held-out test rows (seed "
            + settings.seed()
            + "; "
            + percent(settings.coverage())
            + " band; baseline: median of the training rows' country x role cell)");
    TextTable table =
        new TextTable(
            List.of(
                "edition",
                "rows",
                "model",
                "test n",
                "coverage",
                "< P10",
                "> P90",
                "role coverage",
                "MdAPE",
                "baseline",
                "better"),
            List.of(false, true, false, true, true, true, true, false, true, true, false));
    List<String> notes = new ArrayList<>();
    for (EditionEvaluation evaluation : evaluations) {
      if (evaluation.failure().isPresent()) {
        notes.add(evaluation.edition() + ": no model: " + evaluation.failure().get());
        continue;
      }
      for (String name : List.of("full", "basic")) {
        ModelSummary model =
            (name.equals("full") ? evaluation.full() : evaluation.basic()).orElseThrow();
        Accuracy accuracy = model.accuracy();
        table.add(
            List.of(
                evaluation.edition().toString(),
                count(evaluation.rows()),
                name + ": " + model.features().describe(),
                count(accuracy.testRows()),
                percent1(accuracy.coverage()),
                percent1(accuracy.belowLower()),
                percent1(accuracy.aboveUpper()),
                roleRange(accuracy),
                percent1(accuracy.medianAbsolutePercentageError()),
                percent1(accuracy.baselineMedianAbsolutePercentageError()),
                accuracy.beatsBaseline() ? "yes" : "no"));
        if (name.equals("full")) {
          accuracy
              .weighted()
              .ifPresent(
                  w ->
                      notes.add(
                          String.format(
                              Locale.ROOT,
                              "%s (full) per salary report (frequency weights, effective n %.0f):"
                                  + " coverage %.1f%%, MdAPE %.1f%% vs baseline %.1f%%",
                              evaluation.edition(),
                              w.effectiveRows(),
                              100 * w.coverage(),
                              100 * w.medianAbsolutePercentageError(),
                              100 * w.baselineMedianAbsolutePercentageError())));
        }
      }
      if (evaluation.binned()) {
        notes.add(
            evaluation.edition()
                + ": pay published in bins; fitted and measured on each bin's value");
      }
    }
    for (String line : table.render().split("\n")) {
      out.println(line);
    }
    out.println(
        "full: every fact the edition records; basic: role, place and years (seniority where"
            + " years are not recorded). role coverage: lowest and highest coverage within a role"
            + " with 50+ test rows.");
    notes.forEach(note -> out.println("note: " + note));
  }

  private static String roleRange(Accuracy accuracy) {
    if (accuracy.roleCoverage().isEmpty()) {
      return "-";
    }
    double low = 1;
    double high = 0;
    for (Accuracy.GroupCoverage group : accuracy.roleCoverage()) {
      low = Math.min(low, group.coverage());
      high = Math.max(high, group.coverage());
    }
    return percent(low) + "-" + percent(high);
  }

  private static String describe(Profile profile) {
    List<String> parts = new ArrayList<>();
    parts.add(profile.role().displayName());
    profile.yearsExperience().ifPresent(y -> parts.add(trim(y) + " years"));
    profile.seniority().ifPresent(s -> parts.add(s.id()));
    profile.metro().ifPresent(parts::add);
    profile.country().ifPresent(parts::add);
    profile.industry().ifPresent(parts::add);
    if (!profile.skills().isEmpty()) {
      parts.add("skills " + String.join(", ", profile.skills()));
    }
    return String.join(", ", parts);
  }

  private static String band(PayBand band) {
    return "P10 "
        + money(band.p10())
        + "   P50 "
        + money(band.p50())
        + "   P90 "
        + money(band.p90())
        + " "
        + band.currency();
  }

  private static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String percent1(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String signed(double percent) {
    return String.format(Locale.ROOT, "%+.1f%%", percent);
  }

  private static String trim(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
