package org.devpay.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.ModelSummary;
import org.devpay.core.estimate.PayStanding;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.privacy.LocatedShare;
import org.devpay.report.StandingDocument;

/**
 * The terminal form of {@code devpay standing}: one block per edition with its sentence, the amount
 * as the edition reads it and the cell, then every edition's band on one axis in USD.
 */
final class StandingTables {
  private StandingTables() {}

  static void print(StandingResult result, PrintWriter out) {
    StatedPay pay = result.pay();
    out.println(
        "Pay: "
            + money(pay.amount())
            + " "
            + pay.currency()
            + " a "
            + pay.period().name().toLowerCase(Locale.ROOT)
            + " in "
            + pay.payYear()
            + " money"
            + pay.basis().map(b -> ", " + b.name().toLowerCase(Locale.ROOT)).orElse("")
            + pay.scope().map(s -> ", " + s.name().toLowerCase(Locale.ROOT)).orElse(""));
    out.println(
        "Shares come from each edition's smoothed predictive distribution, in bands that each hold"
            + " k = "
            + result.settings().privacyFloor().minimumCellSize()
            + " or more rows"
            + (result.controlled() ? "" : " (UNCONTROLLED: attack tests only)")
            + " (docs/privacy-standing.md).");
    for (PayStanding s : result.standings()) {
      out.println();
      out.println(s.edition() + ": " + s.title());
      out.println("  " + capitalise(s.sentence()));
      out.println(
          "  pay read as: " + s.payDescription() + " (" + s.basis() + ", " + s.scope() + ")");
      out.println("  amount: " + StandingDocument.conversion(s.pay()));
      LocatedShare p = s.percentile();
      out.println(
          "  percentile: "
              + StandingDocument.percentText(p)
              + ", 95% interval "
              + StandingDocument.intervalText(p)
              + " ("
              + (p.controlled() ? p.step() + "-point bands, " : "")
              + p.rows()
              + " calibration rows)");
      out.println(
          "  comparable cell: "
              + s.cell().description()
              + ", n = "
              + count(s.cell().rows())
              + s.cellPercentile()
                  .map(
                      c ->
                          ": higher than "
                              + StandingDocument.percentText(c)
                              + " of it (95% interval "
                              + StandingDocument.intervalText(c)
                              + ")")
                  .orElse("")
              + s.cellWithheld().map(w -> ": its own percentile is withheld: " + w).orElse(""));
      out.println(
          "  the estimate for the profile: P10 "
              + money(s.band().p10())
              + "   P50 "
              + money(s.band().p50())
              + "   P90 "
              + money(s.band().p90())
              + " "
              + s.band().currency());
      ModelSummary model = s.model();
      out.println(
          "  model: "
              + model.formula()
              + "; on "
              + count(model.accuracy().testRows())
              + " held-out rows "
              + percent(model.accuracy().coverage())
              + " fell in the P10-P90 band");
      for (String note : s.notes()) {
        out.println("  note: " + note);
      }
    }
    List<EditionsAxis.Row> axis = new ArrayList<>();
    for (PayStanding s : result.standings()) {
      axis.add(
          new EditionsAxis.Row(
              s.edition().toString(),
              s.basis(),
              s.scope(),
              s.bandUsd().p10(),
              s.bandUsd().p50(),
              s.bandUsd().p90(),
              OptionalDouble.of(s.pay().usd())));
    }
    out.println();
    EditionsAxis.render(axis, "your pay").forEach(out::println);
    if (!result.skipped().isEmpty()) {
      out.println();
      out.println("Not answered:");
      for (EstimateResult.Skipped skipped : result.skipped()) {
        out.println("  " + skipped.edition() + ": " + skipped.reason());
      }
    }
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
}
