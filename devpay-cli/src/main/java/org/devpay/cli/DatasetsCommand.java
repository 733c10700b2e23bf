package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;
import org.devpay.sources.catalog.DatasetFile;
import org.devpay.store.DatasetSummary;
import org.devpay.store.DevpayStore;
import org.devpay.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code devpay datasets}: every dataset devpay supports, with publisher, licence and the
 * attribution it asks for, official address, files with their SHA-256, the formats that read it,
 * and whether the store already holds it. Reads the store only when its file exists: listing never
 * creates one.
 */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every supported dataset: id, title, publisher, licence and required attribution,"
          + " official address, files with sha256, and whether it is already ingested.",
      "Get one with `devpay fetch ID`."
    })
final class DatasetsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreLocation location = store.location();
    Map<String, DatasetSummary> ingested = new HashMap<>();
    if (Files.isRegularFile(location.path())) {
      try (DevpayStore opened = DevpayStore.openReadOnly(location.path())) {
        opened.datasets().forEach(d -> ingested.put(d.datasetId(), d));
      }
    }
    Map<String, List<String>> formats =
        AdapterRegistry.standard().adapters().stream()
            .collect(
                Collectors.groupingBy(
                    SourceAdapter::datasetId,
                    Collectors.mapping(SourceAdapter::formatId, Collectors.toList())));
    List<Dataset> datasets = DatasetCatalog.standard().datasets();
    out.printf(
        Locale.ROOT,
        "%d datasets. Store: %s%s%n%n",
        datasets.size(),
        location.path(),
        Files.isRegularFile(location.path()) ? "" : " (not created yet)");
    TextTable summary =
        new TextTable(
            List.of("id", "publisher", "licence", "ingested"), List.of(false, false, false, false));
    for (Dataset dataset : datasets) {
      summary.add(
          List.of(
              dataset.id(),
              dataset.publisher(),
              dataset.licence(),
              ingested(ingested.get(dataset.id()))));
    }
    out.print(summary.render());
    for (Dataset dataset : datasets) {
      out.println();
      out.println(dataset.id() + "  " + dataset.title());
      out.println("  publisher:   " + dataset.publisher());
      out.println("  licence:     " + dataset.licence());
      out.println("  attribution: " + dataset.attribution());
      out.println("  address:     " + dataset.homepage());
      out.println(
          "  read by:     "
              + String.join(", ", formats.getOrDefault(dataset.id(), List.of("no adapter yet"))));
      out.println("  ingested:    " + ingested(ingested.get(dataset.id())));
      if (!dataset.note().isEmpty()) {
        out.println("  note:        " + dataset.note());
      }
      out.println("  files:");
      for (DatasetFile file : dataset.files()) {
        out.println("    " + file.fileName());
        out.println(
            "      sha256 "
                + file.sha256().orElse("not recorded yet")
                + file.bytes().stream()
                    .mapToObj(b -> String.format(Locale.ROOT, ", %,d bytes", b))
                    .findFirst()
                    .orElse(""));
        out.println(
            "      "
                + file.url().map(u -> "from " + u).orElse("no address: a local copy (--mirror)"));
      }
    }
    out.flush();
    return 0;
  }

  private static String ingested(DatasetSummary summary) {
    if (summary == null || summary.records() == 0) {
      return "no";
    }
    return String.format(
        Locale.ROOT,
        "yes: %,d records, edition %s",
        summary.records(),
        String.join(", ", summary.editions()));
  }
}
