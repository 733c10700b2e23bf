package org.devpay.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.AnswerView;
import org.devpay.core.analysis.BinnedRoleCell;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RatioFigure;
import org.devpay.core.analysis.RoleCell;
import org.devpay.core.analysis.policy.PopulationCount;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.GroupedQuantiles.GroupedQuantile;

/**
 * The main answer as JSON: a stable, documented shape (snake_case keys, suppressed cells marked,
 * every figure with its n and interval) for scripts, tests and the web dashboard.
 */
public final class AnswerDocument {
  public static final String QUESTION =
      "Are back-end developers paid more than front-end and full-stack developers?";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnswerDocument() {}

  /** The answer document for these editions, computed with these settings. */
  public static ObjectNode render(List<EditionReport> reports, AnswerSettings settings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("question", QUESTION);
    root.set("settings", settings(settings));
    root.put(
        "comparability",
        "Figures are compared only within one dataset edition. Net and gross pay, and base pay and"
            + " total compensation, are never compared with each other; each edition states its"
            + " basis and scope.");
    ArrayNode editions = root.putArray("editions");
    for (EditionReport report : reports) {
      editions.add(edition(report));
    }
    return root;
  }

  /** Pretty-printed JSON text of a document. */
  public static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node) + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode settings(AnswerSettings settings) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("quantile_method", "Hyndman-Fan type 7 (R default, pandas default)");
    ObjectNode bootstrap = node.putObject("bootstrap");
    bootstrap.put("resamples", settings.bootstrap().resamples());
    bootstrap.put("seed", settings.bootstrap().seed());
    bootstrap.put("confidence", settings.bootstrap().confidence());
    bootstrap.put(
        "interval", "percentile; each role resampled on its own, rows keep their weights");
    node.put("screen", settings.screen().describe());
    node.put("privacy_floor_k", settings.privacyFloor().minimumCellSize());
    ObjectNode population = node.putObject("population");
    population.put("id", settings.population().id());
    population.put("filter", settings.population().describe());
    population.put(
        "rule",
        "applied to every edition before any figure: rows that say they are not developers by"
            + " profession, and rows whose employment is known and not full time, are removed;"
            + " rows whose dataset does not ask are kept");
    return node;
  }

  /**
   * The screened ratios of medians of every edition as flat rows, one per edition and ratio (the
   * figures of the JSON's {@code screened.ratios}, with the population counts they rest on): the
   * summary behind {@code devpay results}. A ratio without an estimate leaves its figures empty and
   * says why.
   */
  public static ReportRows ratioRows(List<EditionReport> reports) {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (EditionReport report : reports) {
      EditionAnswer answer = report.answer();
      String pay =
          answer.basis().name().toLowerCase(Locale.ROOT)
              + " "
              + answer.scope().name().toLowerCase(Locale.ROOT)
              + ", "
              + answer.currency();
      for (RatioFigure ratio : answer.screened().ratios()) {
        List<String> row = new java.util.ArrayList<>();
        row.add(answer.datasetId());
        row.add(answer.edition());
        row.add(pay);
        row.add(Integer.toString(answer.population().rowsKept()));
        row.add(Integer.toString(answer.population().rowsWithPay()));
        row.add(ratio.numerator().displayName() + " / " + ratio.denominator().displayName());
        if (ratio.estimate().isPresent()) {
          Estimate e = ratio.estimate().get();
          row.add(ComparisonDocument.number(e.estimate(), 3));
          row.add(ComparisonDocument.number(e.lower(), 3));
          row.add(ComparisonDocument.number(e.upper(), 3));
          row.add(ratio.direction().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        } else {
          row.addAll(List.of("", "", ""));
          row.add(ratio.note());
        }
        rows.add(row);
      }
    }
    return new ReportRows(
        List.of(
            "dataset",
            "edition",
            "pay",
            "rows kept",
            "rows with pay",
            "ratio of medians",
            "estimate",
            "ci lo",
            "ci hi",
            "reading"),
        List.of(false, false, false, true, true, false, true, true, true, false),
        rows);
  }

  /** A fresh JSON object, for callers that add sections (such as an ingest report). */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  private static ObjectNode edition(EditionReport report) {
    EditionAnswer answer = report.answer();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("dataset", answer.datasetId());
    node.put("edition", answer.edition());
    SourceCitation citation = report.citation();
    node.put("title", citation.title());
    node.put("publisher", citation.publisher());
    node.put("licence", citation.licence());
    node.put("pay", citation.payDescription());
    ArrayNode years = node.putArray("years");
    answer.years().forEach(years::add);
    node.put("currency", answer.currency());
    node.put("published_period", answer.publishedPeriod().name().toLowerCase(Locale.ROOT));
    node.put("basis", answer.basis().name().toLowerCase(Locale.ROOT));
    node.put("scope", answer.scope().name().toLowerCase(Locale.ROOT));
    node.put(
        "amounts", "annual pay in " + answer.currency() + " (published amount x periods per year)");
    ArrayNode sources = node.putArray("sources");
    for (CitedFile file : citation.files()) {
      ObjectNode source = sources.addObject();
      source.put("file", file.fileName());
      source.put("entry", file.entryName());
      source.put("sha256", file.sha256());
      source.put("format", file.formatId());
      source.put("rows_read", file.rowsRead());
      source.put("rows_accepted", file.rowsAccepted());
      source.put("rows_rejected", file.rowsRejected());
    }
    node.set("population", population(answer.population()));
    node.set("as_published", view(answer.asPublished(), report));
    node.set("screened", view(answer.screened(), report));
    if (!answer.binned().isEmpty()) {
      node.set("interval_aware", binned(answer.binned()));
    }
    node.put("verdict", answer.verdict());
    return node;
  }

  private static ObjectNode population(PopulationCount count) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("filter", count.filter());
    node.put("rows_with_pay", count.rowsWithPay());
    node.put("removed_not_developer_by_profession", count.removedNotProfessional());
    node.put("removed_not_full_time", count.removedNotFullTime());
    node.put("rows", count.rowsKept());
    return node;
  }

  private static ObjectNode binned(List<BinnedRoleCell> cells) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("method", BinnedRoleCell.METHOD);
    node.put(
        "note",
        "as_published figures use the bin midpoints (what pandas computes on the file); these"
            + " interpolate within the bins");
    ArrayNode roles = node.putArray("roles");
    for (BinnedRoleCell cell : cells) {
      ObjectNode c = roles.addObject();
      c.put("role", cell.role().id());
      Figures.count(c, "n", cell.n(), cell.suppressed());
      c.put("suppressed", cell.suppressed());
      grouped(c, "p25", cell.p25());
      grouped(c, "median", cell.median());
      grouped(c, "p75", cell.p75());
    }
    return node;
  }

  /** A grouped quantile: its value, and whether it is only a lower bound (open top bin). */
  private static void grouped(ObjectNode node, String field, Optional<GroupedQuantile> value) {
    if (value.isEmpty()) {
      node.putNull(field);
      return;
    }
    node.put(field, value.get().value());
    if (value.get().lowerBoundOnly()) {
      node.put(field + "_is_lower_bound", true);
    }
  }

  private static ObjectNode view(AnswerView view, EditionReport report) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("screen", view.screen());
    node.put("rows", view.rows());
    node.put("removed_low", view.removedLow());
    node.put("removed_high", view.removedHigh());
    ArrayNode cells = node.putArray("roles");
    for (RoleCell cell : view.cells()) {
      ObjectNode c = cells.addObject();
      c.put("role", cell.role().id());
      c.put("role_name", cell.role().displayName());
      Figures.count(c, "n", cell.n(), cell.suppressed());
      if (cell.suppressed()) {
        c.putNull("respondents");
      } else {
        c.put("respondents", cell.respondents());
      }
      c.put("suppressed", cell.suppressed());
      if (cell.suppressed()) {
        c.put("note", Release.WITHHELD);
      }
      Figures.number(c, "p25", cell.p25());
      Figures.number(c, "median", cell.median());
      Figures.number(c, "p75", cell.p75());
      Figures.number(c, "median_usd", cell.medianUsd());
      if (cell.medianInterval().isPresent()) {
        Estimate interval = cell.medianInterval().get();
        c.put("median_ci_lower", interval.lower());
        c.put("median_ci_upper", interval.upper());
      } else {
        c.putNull("median_ci_lower");
        c.putNull("median_ci_upper");
      }
      c.put(
          "row_filter",
          report.citation().rowFilter(cell.role().id())
              + "; population: "
              + report.answer().population().filter());
    }
    ArrayNode ratios = node.putArray("ratios");
    for (RatioFigure ratio : view.ratios()) {
      ObjectNode r = ratios.addObject();
      r.put("numerator", ratio.numerator().id());
      r.put("denominator", ratio.denominator().id());
      r.put("statistic", "ratio of medians");
      r.put("direction", ratio.direction().name().toLowerCase(Locale.ROOT));
      if (ratio.estimate().isPresent()) {
        Estimate e = ratio.estimate().get();
        r.put("estimate", e.estimate());
        r.put("ci_lower", e.lower());
        r.put("ci_upper", e.upper());
        r.put("confidence", e.confidence());
        r.put("interval_method", e.method().name().toLowerCase(Locale.ROOT));
      } else {
        r.putNull("estimate");
        r.put("note", ratio.note());
      }
    }
    return node;
  }
}
