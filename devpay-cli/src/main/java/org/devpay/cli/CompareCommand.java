package org.devpay.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.report.ComparisonDocument;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay compare --role backend --vs frontend}: one role's pay premium over others within
 * each dataset edition, raw (ratio of medians, log-mean difference) and adjusted (OLS with fixed
 * effects, HC1), with the Oaxaca-Blinder split, and pooled across editions.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares one role's pay with others' per dataset edition, raw and adjusted for experience,"
          + " seniority, location, industry, skills, year and employment, and pooled.",
      "Cells with fewer than k respondents are suppressed and say so."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin DataOptions input;
  @Mixin FilterOptions filters;
  @Mixin AnswerSettingsOptions tuning;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "The role whose premium is measured (backend, frontend, fullstack, ...).")
  String role;

  @Option(
      names = "--vs",
      split = ",",
      paramLabel = "ROLE",
      description = "The role(s) compared with, together (default: every other named role).")
  List<String> versus = new ArrayList<>();

  @Option(
      names = "--by",
      paramLabel = "DIMENSION",
      description =
          "Break down by experience, seniority, country, location, year or employment (each level"
              + " with k or more rows).")
  String by;

  @Option(
      names = "--controls",
      split = ",",
      paramLabel = "CONTROL",
      description =
          "What the adjusted premium holds fixed (default: experience, seniority, location,"
              + " industry, skills, year, employment).")
  List<String> controls = new ArrayList<>();

  @Option(
      names = "--no-decomposition",
      description = "Skip the Oaxaca-Blinder decomposition (faster).")
  boolean noDecomposition;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnswerSettings settings = tuning.settings();
    RoleFamily focal = role(role);
    RoleFamily[] others = versus.stream().map(CompareCommand::role).toArray(RoleFamily[]::new);
    Comparison comparison =
        Comparison.compare(focal, others)
            .adjustingFor(controls.isEmpty() ? Control.DEFAULTS : controls(controls))
            .withSettings(settings);
    if (!noDecomposition) {
      comparison = comparison.withDecomposition();
    }
    PrintWriter out = spec.commandLine().getOut();
    try (DevpayStore opened = input.open(store)) {
      PayData data = input.load(opened, filters, spec.commandLine().getErr());
      List<ComparisonReport> reports =
          by == null
              ? List.of(comparison.within(data))
              : comparison.withinEach(dimension(by), data);
      String heading =
          String.format(
              Locale.ROOT,
              "%s vs %s. Filter: %s. Percent premiums = 100 (e^b - 1) of log pay; adjusted = OLS"
                  + " with fixed effects, HC1, %d%% CI; pooled = DerSimonian-Laird; k = %d.",
              comparison.focalLabel(),
              comparison.baselineLabel(),
              filters.filter().describe(),
              Math.round(settings.bootstrap().confidence() * 100),
              settings.privacyFloor().minimumCellSize());
      String footer =
          reports.stream()
              .map(r -> (r.group().isEmpty() ? "" : r.group() + ": ") + r.sentence())
              .collect(Collectors.joining(System.lineSeparator()));
      AnalysisOutput.print(
          format,
          ComparisonDocument.rows(reports),
          ComparisonDocument.render(reports, settings),
          heading,
          footer,
          out);
      return 0;
    }
  }

  static RoleFamily role(String text) {
    return RoleFamily.parse(text)
        .orElseThrow(
            () ->
                new DevpayException(
                    ErrorCategory.USER_INPUT,
                    "unknown role '"
                        + text
                        + "': one of "
                        + RoleFamily.stated().stream()
                            .map(RoleFamily::id)
                            .collect(Collectors.joining(", "))));
  }

  static List<Control> controls(List<String> names) {
    List<Control> out = new ArrayList<>();
    for (String name : names) {
      out.add(
          Control.parse(name)
              .orElseThrow(
                  () ->
                      new DevpayException(
                          ErrorCategory.USER_INPUT,
                          "unknown control '"
                              + name
                              + "': one of "
                              + java.util.Arrays.stream(Control.values())
                                  .map(Control::id)
                                  .collect(Collectors.joining(", ")))));
    }
    return out;
  }

  private static Control dimension(String text) {
    Control control = controls(List.of(text)).get(0);
    if (control == Control.INDUSTRY || control == Control.SKILLS) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "--by takes a single-valued characteristic (experience, seniority, country, location,"
              + " year, employment), not "
              + control.id());
    }
    return control;
  }
}
