package org.devpay.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.estimate.ConvertedPay;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.PayStanding;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.privacy.LocatedShare;
import org.devpay.core.privacy.LocatorDisclosure;

/**
 * Where a pay stands, as JSON and as flat rows, in the estimate document's conventions: the same
 * document for {@code devpay standing --format json}, {@code GET /api/standing} and the dashboard,
 * and the same rows for its table and CSV.
 */
public final class StandingDocument {
  /** The method in one paragraph, carried by every document. */
  public static final String METHOD =
      "The pay is made annual, adjusted by consumer prices from its year to each edition's survey"
          + " year and converted to the edition's currency at that year's average rate; it is read"
          + " on the edition's own basis (gross or net, base or total), never converted between"
          + " them. Its share among comparable respondents is read off the estimator's model for"
          + " the profile: ln pay = x'b + sigma(x) s, with s distributed as the calibration rows'"
          + " conformal scores (the distribution whose quantiles are the estimate's P10, P50 and"
          + " P90). Beside it, the comparable cell's own share (same role and place), where the"
          + " cell is large enough.";

  /** The disclosure rule in one paragraph (docs/privacy-standing.md has the reasoning). */
  public static final String DISCLOSURE =
      "Shares are read off the group's distribution smoothed by a normal kernel (each pay spread"
          + " by at least 10%, mean and variance kept) and published as bands of s points, s the"
          + " smallest of 1, 2, 5, 10, 20 and 25 with rows x s / 100 >= k, so every band holds k"
          + " rows or more; the distribution is published only as its quantiles at the band edges;"
          + " intervals are Clopper-Pearson at the band's ends (a function of the band and the rows"
          + " alone), rounded outward to whole points. A cell's own share"
          + " is published only for cells of 20k rows or more that differ from every other cell of"
          + " the same role by 0 or k or more rows.";

  private StandingDocument() {}

  /** The document for a stated pay's standings. */
  public static ObjectNode render(StandingResult result) {
    ObjectNode root = AnswerDocument.object();
    root.put(
        "question", "Where does this pay stand among comparable respondents, per dataset edition?");
    root.put("method", METHOD);
    ObjectNode disclosure = root.putObject("disclosure");
    disclosure.put("controlled", result.controlled());
    disclosure.put("privacy_floor_k", result.settings().privacyFloor().minimumCellSize());
    disclosure.put("rule", DISCLOSURE);
    disclosure.put("minimum_blur", LocatorDisclosure.BLUR);
    root.set("settings", EstimateDocument.settings(result.settings()));
    root.set("profile", EstimateDocument.profile(result.profile()));
    root.set("pay", stated(result.pay()));
    ArrayNode standings = root.putArray("standings");
    for (PayStanding standing : result.standings()) {
      standings.add(standing(standing));
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

  /** One row per edition: what the table and the CSV show. */
  public static ReportRows rows(StandingResult result) {
    List<String> header =
        List.of(
            "dataset",
            "edition",
            "basis",
            "survey_year",
            "currency",
            "amount",
            "amount_usd",
            "price_change_percent",
            "percentile_low",
            "percentile_high",
            "interval_low",
            "interval_high",
            "calibration_rows",
            "cell_n",
            "cell_percentile_low",
            "cell_percentile_high",
            "p10",
            "p50",
            "p90");
    List<Boolean> numeric =
        List.of(
            false, false, false, true, false, true, true, true, true, true, true, true, true, true,
            true, true, true, true, true);
    List<List<String>> rows = new ArrayList<>();
    for (PayStanding s : result.standings()) {
      LocatedShare p = s.percentile();
      rows.add(
          List.of(
              s.edition().datasetId(),
              s.edition().edition(),
              s.basis() + " " + s.scope(),
              Integer.toString(s.pay().surveyYear()),
              s.pay().currency(),
              money(s.pay().annual()),
              money(s.pay().usd()),
              String.format(Locale.ROOT, "%+.1f", s.pay().priceChangePercent()),
              points(p.low()),
              points(p.high()),
              points(p.intervalLow()),
              points(p.intervalHigh()),
              Integer.toString(p.rows()),
              Integer.toString(s.cell().rows()),
              s.cellPercentile().map(c -> points(c.low())).orElse(""),
              s.cellPercentile().map(c -> points(c.high())).orElse(""),
              money(s.band().p10()),
              money(s.band().p50()),
              money(s.band().p90())));
    }
    return new ReportRows(header, numeric, rows);
  }

  /**
   * "65,000 EUR a year in 2024 money: 56,213 EUR at 2020 prices (EUR consumer prices, -13.5%), the
   * edition's currency".
   */
  public static String conversion(ConvertedPay pay) {
    StringBuilder text = new StringBuilder();
    text.append(grouped(pay.statedAnnual()))
        .append(' ')
        .append(pay.statedCurrency())
        .append(" a year in ")
        .append(pay.payYear())
        .append(" money is ")
        .append(grouped(pay.annual()))
        .append(' ')
        .append(pay.currency())
        .append(" at ")
        .append(pay.surveyYear())
        .append(" prices: ");
    List<String> steps = new ArrayList<>();
    if (pay.rateToUsdAtPayYear() != 1) {
      steps.add(
          String.format(
              Locale.ROOT,
              "converted to USD at %d's average rate (1 %s = %.6g USD)",
              pay.payYear(),
              pay.statedCurrency(),
              pay.rateToUsdAtPayYear()));
    }
    steps.add(
        String.format(
            Locale.ROOT,
            "%s consumer prices %d to %d: %+.1f%%",
            pay.priceCurrency(),
            pay.priceFromYear(),
            pay.priceToYear(),
            pay.priceChangePercent()));
    if (!pay.priceCurrency().equals(pay.currency())) {
      steps.add(
          String.format(
              Locale.ROOT,
              "converted at %d's average rate (1 %s = %.6g %s)",
              pay.surveyYear(),
              pay.priceCurrency(),
              pay.exchangeRate(),
              pay.currency()));
    } else {
      steps.add("no conversion (" + pay.currency() + " is the edition's currency)");
    }
    return text.append(String.join("; ", steps)).toString();
  }

  /** "70-75%", or "70.3%" for an uncontrolled (attack-test) share. */
  public static String percentText(LocatedShare share) {
    if (!share.controlled()) {
      return String.format(Locale.ROOT, "%.1f%%", 100 * share.low());
    }
    return points(share.low()) + "-" + points(share.high()) + "%";
  }

  /** "60-85%". */
  public static String intervalText(LocatedShare share) {
    if (!share.controlled()) {
      return String.format(
          Locale.ROOT, "%.1f-%.1f%%", 100 * share.intervalLow(), 100 * share.intervalHigh());
    }
    return points(share.intervalLow()) + "-" + points(share.intervalHigh()) + "%";
  }

  private static ObjectNode stated(StatedPay pay) {
    ObjectNode node = AnswerDocument.object();
    node.put("amount", pay.amount());
    node.put("currency", pay.currency());
    node.put("period", pay.period().name().toLowerCase(Locale.ROOT));
    node.put("annual", pay.annual());
    node.put("pay_year", pay.payYear());
    text(node, "basis", pay.basis().map(b -> b.name().toLowerCase(Locale.ROOT)));
    text(node, "scope", pay.scope().map(b -> b.name().toLowerCase(Locale.ROOT)));
    return node;
  }

  private static ObjectNode standing(PayStanding s) {
    ObjectNode node = AnswerDocument.object();
    node.put("dataset", s.edition().datasetId());
    node.put("edition", s.edition().edition());
    node.put("title", s.title());
    node.put("pay", s.payDescription());
    node.put("basis", s.basis());
    node.put("scope", s.scope());
    node.put("survey_year", s.pay().surveyYear());
    node.set("amount", amount(s.pay()));
    node.put("group", s.group());
    node.put("sentence", s.sentence());
    ObjectNode percentile = share(s.percentile());
    percentile.put(
        "rows_are",
        "the model's calibration rows: its predictive distribution for respondents like the"
            + " profile");
    node.set("percentile", percentile);
    if (s.cellPercentile().isPresent()) {
      ObjectNode cell = share(s.cellPercentile().get());
      cell.put("rows_are", "the comparable cell: " + s.cell().description());
      node.set("cell_percentile", cell);
    } else {
      node.putNull("cell_percentile");
    }
    text(node, "cell_withheld", s.cellWithheld());
    node.set("cell", EstimateDocument.cell(s.cell()));
    node.set("band", EstimateDocument.band(s.band()));
    node.set("band_usd", EstimateDocument.band(s.bandUsd()));
    node.set("distribution", distribution(s));
    ArrayNode notes = node.putArray("notes");
    s.notes().forEach(notes::add);
    node.set("model", EstimateDocument.model(s.model()));
    return node;
  }

  private static ObjectNode amount(ConvertedPay pay) {
    ObjectNode node = AnswerDocument.object();
    node.put("currency", pay.currency());
    node.put("annual", pay.annual());
    node.put("usd", pay.usd());
    node.put("usd_per_unit", pay.usdPerUnit());
    node.put("description", conversion(pay));
    ObjectNode prices = node.putObject("price_adjustment");
    prices.put("index_currency", pay.priceCurrency());
    prices.put("from_year", pay.priceFromYear());
    prices.put("to_year", pay.priceToYear());
    prices.put("factor", pay.priceFactor());
    prices.put("percent", pay.priceChangePercent());
    ObjectNode exchange = node.putObject("exchange");
    exchange.put("from", pay.priceCurrency());
    exchange.put("to", pay.currency());
    exchange.put("year", pay.surveyYear());
    exchange.put("rate", pay.exchangeRate());
    exchange.put("rate_is", "the survey year's average rate, units of 'to' per unit of 'from'");
    if (pay.rateToUsdAtPayYear() != 1) {
      exchange.put("usd_per_unit_at_pay_year", pay.rateToUsdAtPayYear());
    }
    return node;
  }

  private static ObjectNode share(LocatedShare share) {
    ObjectNode node = AnswerDocument.object();
    node.put("low", share.low());
    node.put("high", share.high());
    node.put("interval_low", share.intervalLow());
    node.put("interval_high", share.intervalHigh());
    node.put("confidence", LocatorDisclosure.CONFIDENCE);
    node.put("step_points", share.step());
    node.put("rows", share.rows());
    node.put("bandwidth", share.bandwidth());
    node.put("controlled", share.controlled());
    node.put("text", percentText(share));
    node.put("interval_text", intervalText(share));
    return node;
  }

  private static ObjectNode distribution(PayStanding s) {
    ObjectNode node = AnswerDocument.object();
    node.put("currency", s.pay().currency());
    node.put("step_points", s.percentile().step());
    node.put(
        "what",
        "the model's smoothed predictive distribution for the profile: annual pay at each band"
            + " edge (every band holds the same share of comparable respondents)");
    ArrayNode quantiles = node.putArray("quantiles");
    for (LocatedShare.Quantile q : s.percentile().quantiles()) {
      ObjectNode point = quantiles.addObject();
      point.put("share", q.share());
      point.put("amount", Math.exp(q.logPay()));
    }
    return node;
  }

  private static String points(double share) {
    return Long.toString(Math.round(100 * share));
  }

  private static String grouped(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String money(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  private static void text(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
