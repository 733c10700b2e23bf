package org.devpay.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.analysis.FactorReport;
import org.devpay.core.analysis.Factors;
import org.devpay.core.analysis.PayTrends;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.report.FactorsDocument;
import org.devpay.report.ReportRows;
import org.devpay.report.TrendsDocument;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devpay factors experience|industry|skills|location|demand}: what a factor does to pay,
 * median cells and adjusted premiums per level, per edition and pooled; {@code demand}: each role's
 * share of respondents and real pay across the years a source covers.
 */
@Command(
    name = "factors",
    mixinStandardHelpOptions = true,
    description = {
      "Factor effects on pay: experience (curves, seniority, senior vs junior), industry, skills,"
          + " location (metro vs rest of its country), or demand (role shares and real pay over"
          + " the years a source covers).",
      "Each level's premium is adjusted for the other characteristics the edition records and"
          + " pooled across editions; p-values are BH-adjusted across the levels shown."
    })
final class FactorsCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FACTOR",
      description = "experience, industry, skills, location or demand")
  String factor;

  @Mixin StoreOptions store;
  @Mixin DataOptions input;
  @Mixin FilterOptions filters;
  @Mixin AnswerSettingsOptions tuning;

  @Option(
      names = "--role",
      split = ",",
      paramLabel = "ROLE",
      description =
          "Role families to look at (default: developer roles; demand: back-end, front-end, full-stack).")
  List<String> roles = new ArrayList<>();

  @Option(
      names = "--level",
      split = ",",
      paramLabel = "LEVEL",
      description =
          "Levels to report (industry ids, skill ids, metro names); default: the most frequent.")
  List<String> levels = new ArrayList<>();

  @Option(
      names = "--top",
      defaultValue = "15",
      description = "How many of the most frequent levels to report (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnswerSettings settings = tuning.settings();
    PrintWriter out = spec.commandLine().getOut();
    String name = factor.trim().toLowerCase(Locale.ROOT);
    Set<RoleFamily> chosen = EnumSet.noneOf(RoleFamily.class);
    roles.forEach(r -> chosen.add(CompareCommand.role(r)));
    if (name.equals("demand")) {
      List<RoleFamily> trendRoles = chosen.isEmpty() ? ExperienceCurves.ROLES : List.copyOf(chosen);
      try (DevpayStore opened = input.open(store)) {
        PayData data = input.load(opened, filters, spec.commandLine().getErr());
        PayTrends.TrendReport report = PayTrends.with(settings).report(trendRoles, data);
        AnalysisOutput.print(
            format,
            TrendsDocument.rows(report),
            TrendsDocument.render(report, settings),
            "Role shares of respondents and median pay per year, per source spanning years;"
                + " trends by OLS with HC1, pooled by DerSimonian-Laird.",
            report.demandNote(),
            out);
        return 0;
      }
    }
    FactorReport.Factor kind =
        FactorReport.Factor.parse(name)
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.USER_INPUT,
                        "unknown factor '"
                            + factor
                            + "': experience, industry, skills, location or demand"));
    Factors factors;
    try {
      factors = Factors.with(settings).top(top).levels(levels);
      if (!chosen.isEmpty()) {
        factors = factors.forRoles(chosen);
      }
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    try (DevpayStore opened = input.open(store)) {
      PayData data = input.load(opened, filters, spec.commandLine().getErr());
      FactorReport report = factors.report(kind, data);
      ReportRows premiums = FactorsDocument.rows(report);
      String heading =
          String.format(
              Locale.ROOT,
              "Factor: %s. Population: %s. Premium: %s, holding %s fixed; %d%% CI; k = %d.",
              kind.id(),
              report.population(),
              report.premiumDefinition(),
              String.join(", ", report.controls().stream().map(c -> c.id()).toList()),
              Math.round(settings.bootstrap().confidence() * 100),
              settings.privacyFloor().minimumCellSize());
      if (format == OutputFormat.TABLE) {
        ReportRows cells = FactorsDocument.cellRows(report);
        TextTable table = new TextTable(cells.header(), cells.numeric());
        cells.rows().forEach(table::add);
        AnalysisOutput.print(
            format,
            premiums,
            null,
            heading,
            "Median pay per level (screened rows, bootstrap CI):\n" + table.render(),
            out);
      } else {
        AnalysisOutput.print(
            format, premiums, FactorsDocument.render(report, settings), heading, "", out);
      }
      return 0;
    }
  }
}
