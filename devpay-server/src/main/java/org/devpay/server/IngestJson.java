package org.devpay.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.devpay.core.model.RejectReason;
import org.devpay.ingest.IngestReport;
import org.devpay.ingest.IngestRun;
import org.devpay.store.UnknownLabelCount;

/**
 * An ingest run as JSON, one object per table with its outcome and row balance by reason: the one
 * shape that POST /api/ingest answers with and that {@code devpay answer --format json} embeds.
 */
public final class IngestJson {
  private IngestJson() {}

  /** One object per table of the run, in the run's order, files named as given. */
  public static ArrayNode render(IngestRun run) {
    return render(run, UnaryOperator.identity());
  }

  /**
   * The same, with each file name and detail passed through {@code names}: the server names an
   * uploaded file as uploaded, not by the private directory it was written to.
   */
  static ArrayNode render(IngestRun run, UnaryOperator<String> names) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (IngestReport report : run.reports()) {
      ObjectNode node = array.addObject();
      node.put("file", names.apply(report.displayName()));
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
      node.put("detail", names.apply(report.detail()));
      report.skippedAs().ifPresent(kind -> node.put("skipped_as", kind));
      if (!report.unknownLabels().isEmpty()) {
        ArrayNode labels = node.putArray("unknown_labels");
        for (UnknownLabelCount count : report.unknownLabels()) {
          ObjectNode label = labels.addObject();
          label.put("edition", count.edition());
          label.put("taxonomy", count.taxonomy().id());
          label.put("label", count.label());
          label.put("rows", count.rows());
        }
      }
    }
    return array;
  }
}
