package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.BaseFit;
import org.devpay.core.analysis.EditionReconciliation;
import org.devpay.core.analysis.ReconciledPair;
import org.devpay.core.analysis.Reconciliation;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.EditionKey;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.geo.Countries;
import org.devpay.core.model.PublishedMedian;
import org.devpay.core.taxonomy.DatasetIds;
import org.devpay.ingest.StorePayData;
import org.devpay.sources.stackoverflow.PublishedSalaryMedians;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay reconcile}: sets devpay's median pay per developer type and country, for every
 * ingested Stack Overflow edition, against the medians Stack Overflow published, and names the
 * filter base that reproduces them best. Says plainly when a year has no published figures.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Compares devpay's medians per developer type and country with Stack Overflow's published"
          + " ones for every ingested Stack Overflow year: each pair, the relative gap, and the"
          + " filter base (population and role mode) that reproduces the published numbers best."
    })
final class ReconcileCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--published",
      paramLabel = "FILE",
      defaultValue = "../shared/data/so-official-aggregates/so_official_salary_by_devtype.csv",
      description =
          "Stack Overflow's published medians by developer type (default: ${DEFAULT-VALUE}).")
  Path published;

  @Option(
      names = "--k",
      defaultValue = "10",
      description = "Privacy floor: minimum respondents per group (default: ${DEFAULT-VALUE}).")
  int minimumCellSize;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrivacyFloor floor;
    try {
      floor = new PrivacyFloor(minimumCellSize);
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    List<PublishedMedian> medians = PublishedSalaryMedians.read(published);
    List<Integer> publishedYears =
        medians.stream().map(PublishedMedian::year).distinct().sorted().toList();
    PrintWriter out = spec.commandLine().getOut();
    try (DevpayStore opened = store.openForReading()) {
      StorePayData data = new StorePayData(opened);
      List<EditionKey> editions =
          data.editions().stream().filter(k -> DatasetIds.isStackOverflow(k.datasetId())).toList();
      if (editions.isEmpty()) {
        throw new DevpayException(
            ErrorCategory.MISSING_DATA,
            "no Stack Overflow survey in the store "
                + opened.file()
                + ": ingest one first (devpay ingest FILE|DIR)");
      }
      out.println(
          "Reconciliation with Stack Overflow's published medians ("
              + published
              + "; published years "
              + publishedYears
              + ").");
      out.println(
          "Median yearly pay in USD per developer type and scope; gap = (devpay - published) /"
              + " published. Groups below k = "
              + floor.minimumCellSize()
              + " are neither shown nor compared.");
      Reconciliation reconciliation = new Reconciliation(Countries.fromResources(), floor);
      for (EditionKey edition : editions) {
        out.println();
        print(
            reconciliation.reconcile(edition, data.records(edition), medians), publishedYears, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(
      EditionReconciliation result, List<Integer> publishedYears, PrintWriter out) {
    String name = result.edition().toString();
    if (!result.hasPublishedFigures()) {
      out.println(
          name
              + ": Stack Overflow published no salary medians by developer type for "
              + result.years()
              + " in this file (it has "
              + publishedYears
              + "), so there is nothing to reconcile.");
      return;
    }
    if (result.best().isEmpty()) {
      out.println(
          name + ": no published group has at least k devpay rows, so nothing could be compared.");
      return;
    }
    BaseFit best = result.best().get();
    out.printf(
        Locale.ROOT,
        "%s: best filter base: %s (mean |gap| %.2f%% over %d pairs)%n",
        name,
        best.base().describe(),
        best.meanAbsoluteGap().getAsDouble() * 100,
        best.comparedPairs());
    TextTable pairs =
        new TextTable(
            List.of(
                "scope",
                "published table",
                "developer type",
                "published n",
                "published median",
                "devpay n",
                "devpay median",
                "gap"),
            List.of(false, false, false, true, true, true, true, true));
    for (ReconciledPair pair : best.pairs()) {
      PublishedMedian target = pair.published();
      pairs.add(
          List.of(
              target.scope(),
              target.block(),
              target.devType(),
              target.respondents().isPresent()
                  ? String.format(Locale.ROOT, "%,d", target.respondents().getAsInt())
                  : "-",
              String.format(Locale.ROOT, "%,.1f", target.median()),
              pair.compared() || pair.n() == 0 ? String.format(Locale.ROOT, "%,d", pair.n()) : "<k",
              pair.median().isPresent()
                  ? String.format(Locale.ROOT, "%,.1f", pair.median().getAsDouble())
                  : pair.note(),
              pair.relativeGap().isPresent()
                  ? String.format(Locale.ROOT, "%+.2f%%", pair.relativeGap().getAsDouble() * 100)
                  : "-"));
    }
    List<String> tied =
        result.fits().stream()
            .filter(f -> f != best && f.meanAbsoluteGap().isPresent())
            .filter(
                f ->
                    Math.abs(
                            f.meanAbsoluteGap().getAsDouble()
                                - best.meanAbsoluteGap().getAsDouble())
                        < 1e-12)
            .map(f -> f.base().describe())
            .toList();
    if (!tied.isEmpty()) {
      out.println("equally good (the first tried is named best): " + String.join(" | ", tied));
    }
    out.print(pairs.render());
    out.println("bases tried:");
    TextTable bases =
        new TextTable(
            List.of("population; roles", "mean |gap|", "pairs compared"),
            List.of(false, true, true));
    for (BaseFit fit : result.fits()) {
      bases.add(
          List.of(
              fit.base().describe(),
              fit.meanAbsoluteGap().isPresent()
                  ? String.format(Locale.ROOT, "%.2f%%", fit.meanAbsoluteGap().getAsDouble() * 100)
                  : "-",
              Integer.toString(fit.comparedPairs())));
    }
    out.print(bases.render());
  }
}
