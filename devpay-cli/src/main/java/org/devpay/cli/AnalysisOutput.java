package org.devpay.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.devpay.report.AnswerDocument;
import org.devpay.report.ReportRows;

/** Prints an analysis in the chosen format: a terminal table, JSON or CSV of the same rows. */
final class AnalysisOutput {
  private AnalysisOutput() {}

  static void print(
      OutputFormat format,
      ReportRows rows,
      ObjectNode document,
      String heading,
      String footer,
      PrintWriter out) {
    switch (format) {
      case JSON -> out.print(AnswerDocument.write(document));
      case CSV -> out.print(rows.csv());
      case TABLE -> {
        if (!heading.isEmpty()) {
          out.println(heading);
          out.println();
        }
        TextTable table = new TextTable(rows.header(), rows.numeric());
        rows.rows().forEach(table::add);
        out.print(table.render());
        if (!footer.isEmpty()) {
          out.println();
          out.println(footer);
        }
      }
    }
    out.flush();
  }
}
