package org.devpay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.inspect.MappingProposal;
import org.devpay.sources.inspect.TableProfile;
import org.devpay.sources.inspect.TableProfiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devpay inspect FILE [--sheet NAME] [--out MAP.yaml]}: how devpay reads a table (encoding,
 * delimiter, sheet, header), every column's type, blanks and sample values, and a proposed mapping
 * file that reads it, for a table no built-in format knows. Touches no store.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how devpay reads a CSV, TSV or XLSX file: encoding and delimiter (or sheet), header"
          + " row, every column's type, share of blanks and sample values; then proposes a mapping"
          + " file (pay and role columns guessed, role labels matched to devpay's role rules) that"
          + " `devpay ingest FILE --mapping MAP.yaml` reads. See docs/mapping.md.",
      "The whole output is a valid mapping file (the profile is its comments): redirect it, or"
          + " use --out."
    })
final class InspectCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The CSV, TSV or XLSX file.")
  Path file;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The workbook sheet to inspect (default: the first).")
  String sheet;

  @Option(
      names = "--out",
      paramLabel = "MAP.yaml",
      description = "Write the proposed mapping to this file instead of standard output.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "no such file: " + file);
    }
    List<SourceTable> tables;
    try {
      tables = SourceTables.tablesIn(file);
    } catch (IOException e) {
      throw new DevpayException(
          ErrorCategory.BAD_INPUT_FILE, file + ": cannot be read: " + e.getMessage(), e);
    }
    if (tables.isEmpty()) {
      throw new DevpayException(ErrorCategory.BAD_INPUT_FILE, file + " holds no table");
    }
    boolean workbook = tables.get(0).isSheet();
    SourceTable table = choose(tables, workbook);
    TableProfile profile;
    Detection detection = new FormatDetector(AdapterRegistry.standard()).detect(table);
    try {
      ReadableTable readable = detection.readable().orElse(ReadableTable.detect(table));
      profile =
          TableProfiler.profile(
              readable,
              workbook ? tables.stream().map(SourceTable::entryName).toList() : List.of());
    } catch (IOException | RuntimeException e) {
      throw new DevpayException(
          ErrorCategory.BAD_INPUT_FILE,
          table.displayName() + ": cannot be read: " + e.getMessage(),
          e);
    }
    String proposal =
        MappingProposal.propose(
            profile, file.toString(), detection.adapter().map(a -> a.formatId()));
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      stdout.print(proposal);
    } else {
      try {
        Files.writeString(out, proposal, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new DevpayException(
            ErrorCategory.ENVIRONMENT, "cannot write " + out + ": " + e.getMessage(), e);
      }
      String profileOnly =
          proposal.lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
      stdout.println(profileOnly.replace("THIS_FILE.yaml", out.toString()));
      stdout.println("Proposed mapping written to " + out);
    }
    stdout.flush();
    return 0;
  }

  private SourceTable choose(List<SourceTable> tables, boolean workbook) {
    if (sheet == null) {
      return tables.get(0);
    }
    if (!workbook) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--sheet is for workbooks (XLSX); " + file + " is not one");
    }
    Optional<SourceTable> named =
        tables.stream().filter(t -> t.entryName().equals(sheet)).findFirst();
    return named.orElseThrow(
        () ->
            new DevpayException(
                ErrorCategory.USER_INPUT,
                "--sheet: '"
                    + sheet
                    + "' is not a sheet of "
                    + file
                    + "; its sheets are "
                    + tables.stream()
                        .map(t -> "'" + t.entryName() + "'")
                        .collect(Collectors.joining(", "))));
  }
}
