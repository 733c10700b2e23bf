package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;
import org.devpay.sources.fetch.Fetcher;
import org.devpay.sources.fetch.FileFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devpay fetch ID...}: gets the official files of catalogued datasets into {@code
 * DIR/<id>/}, verified against the catalog's SHA-256, resuming interrupted downloads; or, with
 * {@code --mirror} (or {@value #MIRROR_VARIABLE}), copies them from a local folder without touching
 * the network.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads the official files of datasets (ids from `devpay datasets`) with a progress bar,"
          + " verifies each sha256, resumes interrupted downloads, and refuses a file whose"
          + " checksum differs from the catalog's.",
      "With --mirror DIR (or $DEVPAY_MIRROR) the files are taken from a local folder instead."
    })
final class FetchCommand implements Callable<Integer> {
  /** The environment variable naming a mirror folder when --mirror does not. */
  static final String MIRROR_VARIABLE = "DEVPAY_MIRROR";

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Dataset ids to fetch.")
  List<String> ids;

  @Option(
      names = "--into",
      paramLabel = "DIR",
      defaultValue = "devpay-data",
      description = "Where files go, one folder per dataset (default: ${DEFAULT-VALUE}).")
  Path into;

  @Option(
      names = "--mirror",
      paramLabel = "DIR",
      description =
          "Copy the files from this folder instead of downloading them (default:"
              + " $DEVPAY_MIRROR). Files are looked for in DIR/<local folder>/, DIR/<id>/ and DIR/.")
  Path mirror;

  @Option(
      names = "--attempts",
      defaultValue = "3",
      description = "Download attempts per file in this run (default: ${DEFAULT-VALUE}).")
  int attempts;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    DatasetCatalog catalog = DatasetCatalog.standard();
    List<Dataset> datasets = new ArrayList<>();
    for (String id : ids) {
      datasets.add(catalog.require(id));
    }
    Optional<Path> mirrorFolder = mirror(Optional.ofNullable(mirror), System.getenv());
    if (mirrorFolder.isPresent() && !Files.isDirectory(mirrorFolder.get())) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "the mirror is not a directory: " + mirrorFolder.get());
    }
    if (attempts < 1) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "--attempts must be at least 1");
    }
    Fetcher fetcher =
        mirrorFolder.isPresent()
            ? Fetcher.fromMirror(mirrorFolder.get(), into, ConsoleFetchProgress.forStderr())
            : Fetcher.overHttp(
                Fetcher.defaultClient(), into, ConsoleFetchProgress.forStderr(), attempts);
    PrintWriter out = spec.commandLine().getOut();
    Optional<ErrorCategory> worst = Optional.empty();
    for (Dataset dataset : datasets) {
      out.println(dataset.id() + " (" + dataset.attribution() + ")");
      List<FileFetch> results = fetcher.fetch(dataset);
      for (FileFetch result : results) {
        out.printf(
            Locale.ROOT,
            "  %-20s %s: %s%n",
            result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            result.path().map(Path::toString).orElse(result.file().fileName()),
            result.message());
        worst = worse(worst, result.failure());
      }
      if (results.stream().noneMatch(FileFetch::obtained)
          && results.stream().noneMatch(r -> r.failure().isPresent())) {
        out.println(
            "  nothing of "
                + dataset.id()
                + " was obtained"
                + (mirrorFolder.isPresent() ? " from the mirror" : ""));
        worst = worse(worst, Optional.of(ErrorCategory.MISSING_DATA));
      }
    }
    out.println("Next: ./devpay ingest " + into);
    out.flush();
    return worst.map(ErrorCategory::exitCode).orElse(0);
  }

  /** The mirror: the option, else {@value #MIRROR_VARIABLE} when set and not blank. */
  static Optional<Path> mirror(Optional<Path> option, Map<String, String> environment) {
    if (option.isPresent()) {
      return option;
    }
    String variable = environment.getOrDefault(MIRROR_VARIABLE, "");
    return variable.isBlank() ? Optional.empty() : Optional.of(Path.of(variable.strip()));
  }

  /**
   * The more serious of two failures: a refused checksum first, then the environment, then missing
   * data.
   */
  private static Optional<ErrorCategory> worse(
      Optional<ErrorCategory> current, Optional<ErrorCategory> next) {
    if (next.isEmpty()) {
      return current;
    }
    if (current.isEmpty()) {
      return next;
    }
    List<ErrorCategory> order =
        List.of(
            ErrorCategory.BAD_INPUT_FILE, ErrorCategory.ENVIRONMENT, ErrorCategory.MISSING_DATA);
    int a = order.indexOf(current.get());
    int b = order.indexOf(next.get());
    return (b >= 0 && (a < 0 || b < a)) ? next : current;
  }
}
