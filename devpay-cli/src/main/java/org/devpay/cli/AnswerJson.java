package org.devpay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.AnswerView;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.RatioFigure;
import org.devpay.core.analysis.RoleCell;
import org.devpay.core.model.RejectReason;
import org.devpay.core.stats.Estimate;
import org.devpay.store.IngestReport;
import org.devpay.store.IngestRun;
import org.devpay.store.IngestedFile;

/**
 * The main answer as JSON: a stable, documented shape (snake_case keys, suppressed cells marked,
 * every figure with its n and interval) for scripts, tests and the web dashboard.
 */
final class AnswerJson {
  static final String QUESTION =
      "Are back-end developers paid more than front-end and full-stack developers?";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnswerJson() {}

  static ObjectNode render(
      List<EditionReport> reports,
      AnswerSettings settings,
      Optional<IngestRun> ingest,
      String store) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("question", QUESTION);
    root.put("store", store);
    root.set("settings", settings(settings));
    root.put(
        "comparability",
        "Figures are compared only within one dataset edition. Net and gross pay, and base pay and"
            + " total compensation, are never compared with each other; each edition states its"
            + " basis and scope.");
    ingest.ifPresent(run -> root.set("ingest", ingest(run)));
    ArrayNode editions = root.putArray("editions");
    for (EditionReport report : reports) {
      editions.add(edition(report));
    }
    return root;
  }

  static String write(ObjectNode node) {
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
    return node;
  }

  private static ArrayNode ingest(IngestRun run) {
    ArrayNode array = MAPPER.createArrayNode();
    for (IngestReport report : run.reports()) {
      ObjectNode node = array.addObject();
      node.put("file", report.displayName());
      node.put("outcome", report.outcome().name().toLowerCase(Locale.ROOT));
      node.put("format", report.formatId().orElse(null));
      node.put("rows_read", report.rows().read());
      node.put("rows_accepted", report.rows().accepted());
      node.put("rows_rejected", report.rows().rejected());
      ObjectNode reasons = node.putObject("rejected_by_reason");
      for (Map.Entry<RejectReason, Long> entry : report.rows().rejectedByReason().entrySet()) {
        if (entry.getValue() > 0) {
          reasons.put(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
        }
      }
      node.put("detail", report.detail());
    }
    return array;
  }

  private static ObjectNode edition(EditionReport report) {
    EditionAnswer answer = report.answer();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("dataset", answer.datasetId());
    node.put("edition", answer.edition());
    report
        .format()
        .ifPresent(
            format -> {
              node.put("title", format.title());
              node.put("publisher", format.publisher());
              node.put("licence", format.licence());
              node.put("pay", format.payDescription());
            });
    ArrayNode years = node.putArray("years");
    answer.years().forEach(years::add);
    node.put("currency", answer.currency());
    node.put("published_period", answer.publishedPeriod().name().toLowerCase(Locale.ROOT));
    node.put("basis", answer.basis().name().toLowerCase(Locale.ROOT));
    node.put("scope", answer.scope().name().toLowerCase(Locale.ROOT));
    node.put(
        "amounts", "annual pay in " + answer.currency() + " (published amount x periods per year)");
    ArrayNode sources = node.putArray("sources");
    for (IngestedFile file : report.files()) {
      ObjectNode source = sources.addObject();
      source.put("path", file.path());
      source.put("entry", file.entryName());
      source.put("sha256", file.contentSha256());
      source.put("format", file.formatId());
      source.put("rows_read", file.rows().read());
      source.put("rows_accepted", file.rows().accepted());
      source.put("rows_rejected", file.rows().rejected());
    }
    node.set("as_published", view(answer.asPublished(), report));
    node.set("screened", view(answer.screened(), report));
    node.put("verdict", answer.verdict());
    return node;
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
      c.put("n", cell.n());
      c.put("respondents", cell.respondents());
      c.put("suppressed", cell.suppressed());
      if (cell.suppressed()) {
        c.put("note", "fewer than k respondents: figures withheld");
      }
      number(c, "p25", cell.p25());
      number(c, "median", cell.median());
      number(c, "p75", cell.p75());
      number(c, "median_usd", cell.medianUsd());
      report.format().ifPresent(format -> c.put("row_filter", format.rowFilter(cell.role().id())));
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

  private static void number(ObjectNode node, String field, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(field, value.getAsDouble());
    } else {
      node.putNull(field);
    }
  }
}
