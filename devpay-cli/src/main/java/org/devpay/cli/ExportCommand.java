package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.FilterCriterion;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.store.DevpayStore;
import org.devpay.store.ExportFormat;
import org.devpay.store.ExportRequest;
import org.devpay.store.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay export}: the store's normalized records and rejections, one file per edition, in
 * Parquet or CSV, for pandas, Polars, DuckDB, Spark or R. Reads the store only; the folder appears
 * whole or not at all.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the normalized records and the rejected rows (with their reasons) of the store, one"
          + " file per edition: DIR/records/DATASET/EDITION.parquet and"
          + " DIR/rejections/DATASET/EDITION.parquet (or .csv).",
      "DIR must be new or empty; nothing is written unless the whole export succeeds. The files"
          + " hold individual rows: they are for your own analysis, not for publication."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      defaultValue = "parquet",
      paramLabel = "FORMAT",
      description = "parquet or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      defaultValue = "devpay-export",
      paramLabel = "DIR",
      description = "A new or empty folder to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--dataset",
      split = ",",
      paramLabel = "ID",
      description = "Only these datasets (repeatable or comma-separated).")
  List<String> datasets = List.of();

  @Option(
      names = "--edition",
      split = ",",
      paramLabel = "EDITION",
      description = "Only these editions.")
  List<String> editions = List.of();

  @Option(
      names = "--role",
      split = ",",
      paramLabel = "ROLE",
      description =
          "Only records of these role families (backend, frontend, ...); rejections"
              + " have no role and are kept for the chosen editions.")
  List<String> roles = List.of();

  @Option(
      names = "--country",
      split = ",",
      paramLabel = "CC",
      description = "Only records from these countries (ISO alpha-2).")
  List<String> countries = List.of();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ExportFormat exportFormat =
        ExportFormat.parse(format)
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.USER_INPUT,
                        "unknown --format '" + format + "': use parquet or csv"));
    Set<String> roleIds = new TreeSet<>();
    for (String role : roles) {
      roleIds.add(
          RoleFamily.parse(role)
              .orElseThrow(
                  () ->
                      new DevpayException(
                          ErrorCategory.USER_INPUT,
                          "unknown --role '"
                              + role
                              + "': use a role family id (backend, frontend, fullstack, ...)"))
              .id());
    }
    // Country codes are read as the record filter reads them everywhere else (de = DE).
    Set<String> countryCodes = new TreeSet<>();
    for (String country : countries) {
      String code = FilterCriterion.COUNTRY.canonical(country);
      try {
        RecordFilter.NONE.with(FilterCriterion.COUNTRY, code);
      } catch (IllegalArgumentException e) {
        throw new DevpayException(ErrorCategory.USER_INPUT, "--country: " + e.getMessage(), e);
      }
      countryCodes.add(code);
    }
    ExportRequest request =
        new ExportRequest(
            out, exportFormat, Set.copyOf(datasets), Set.copyOf(editions), roleIds, countryCodes);
    ExportSummary summary;
    try (DevpayStore opened = store.openForReading()) {
      summary = opened.export(request);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    TextTable table =
        new TextTable(
            List.of("dataset", "edition", "records", "rejections", "records file"),
            List.of(false, false, true, true, false));
    for (ExportSummary.EditionFiles edition : summary.editions()) {
      table.add(
          List.of(
              edition.datasetId(),
              edition.edition(),
              String.format(Locale.ROOT, "%,d", edition.records()),
              String.format(Locale.ROOT, "%,d", edition.rejections()),
              edition.recordsFile()));
    }
    stdout.print(table.render());
    stdout.printf(
        Locale.ROOT,
        "exported %,d records and %,d rejections of %d editions to %s (%s)%n",
        summary.records(),
        summary.rejections(),
        summary.editions().size(),
        summary.directory(),
        summary.format().extension());
    return 0;
  }
}
