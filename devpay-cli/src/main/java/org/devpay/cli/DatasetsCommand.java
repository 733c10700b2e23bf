package org.devpay.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.devpay.core.data.UserDataset;
import org.devpay.report.AnswerDocument;
import org.devpay.report.ReportRows;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;
import org.devpay.sources.catalog.DatasetFile;
import org.devpay.store.DatasetSummary;
import org.devpay.store.DevpayStore;
import org.devpay.store.StoreLocation;
import org.devpay.store.UnknownLabelCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay datasets}: every dataset devpay supports, with publisher, licence and the
 * attribution it asks for, official address, files with their SHA-256, the formats that read it,
 * and whether the store already holds it; then the datasets users brought with mapping files, with
 * what their mappings state, and the labels no taxonomy knows per ingested edition. Reads the store
 * only when its file exists: listing never creates one.
 */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every supported dataset: id, title, publisher, licence and required attribution,"
          + " official address, files with sha256, and whether it is already ingested; then the"
          + " user-provided datasets (ingested with --mapping) with the licence and attribution"
          + " their mappings state, and the labels no taxonomy knows per ingested edition.",
      "Get a catalogued one with `devpay fetch ID`."
    })
final class DatasetsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** What the store holds, read once; empty when there is no store file. */
  private record Stored(
      Map<String, DatasetSummary> summaries,
      List<UserDataset> userDatasets,
      List<UnknownLabelCount> unknownLabels) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreLocation location = store.location();
    boolean exists = Files.isRegularFile(location.path());
    Stored stored = new Stored(Map.of(), List.of(), List.of());
    if (exists) {
      try (DevpayStore opened = DevpayStore.openReadOnly(location.path())) {
        Map<String, DatasetSummary> summaries = new HashMap<>();
        opened.datasets().forEach(d -> summaries.put(d.datasetId(), d));
        stored = new Stored(summaries, opened.userDatasets(), opened.unknownLabels());
      }
    }
    Map<String, List<String>> formats =
        AdapterRegistry.standard().adapters().stream()
            .collect(
                Collectors.groupingBy(
                    SourceAdapter::datasetId,
                    Collectors.mapping(SourceAdapter::formatId, Collectors.toList())));
    List<Dataset> datasets = DatasetCatalog.standard().datasets();
    Map<String, List<UserDataset>> users = byDataset(stored.userDatasets());
    switch (format) {
      case JSON ->
          out.print(AnswerDocument.write(json(location, exists, datasets, formats, users, stored)));
      case CSV -> out.print(rows(datasets, formats, users, stored).csv());
      case TABLE -> table(out, location, exists, datasets, formats, users, stored);
    }
    out.flush();
    return 0;
  }

  private static Map<String, List<UserDataset>> byDataset(List<UserDataset> datasets) {
    Map<String, List<UserDataset>> byId = new LinkedHashMap<>();
    for (UserDataset dataset : datasets) {
      byId.computeIfAbsent(dataset.datasetId(), id -> new ArrayList<>()).add(dataset);
    }
    return byId;
  }

  /** One row per dataset, catalogued first, then user-provided: the CSV form. */
  private static ReportRows rows(
      List<Dataset> datasets,
      Map<String, List<String>> formats,
      Map<String, List<UserDataset>> users,
      Stored stored) {
    List<List<String>> rows = new ArrayList<>();
    for (Dataset dataset : datasets) {
      DatasetSummary summary = stored.summaries().get(dataset.id());
      rows.add(
          List.of(
              dataset.id(),
              "catalog",
              dataset.title(),
              dataset.publisher(),
              dataset.licence(),
              dataset.attribution(),
              dataset.homepage(),
              String.join(" ", formats.getOrDefault(dataset.id(), List.of())),
              Long.toString(summary == null ? 0 : summary.records()),
              summary == null ? "" : String.join(" ", summary.editions())));
    }
    users.forEach(
        (id, editions) -> {
          UserDataset first = editions.get(0);
          DatasetSummary summary = stored.summaries().get(id);
          rows.add(
              List.of(
                  id,
                  "user-provided",
                  first.title(),
                  first.publisher(),
                  first.licence(),
                  first.attribution(),
                  first.url().orElse(""),
                  editions.stream()
                      .map(e -> "mapping/" + id + "/" + e.edition())
                      .collect(Collectors.joining(" ")),
                  Long.toString(summary == null ? 0 : summary.records()),
                  summary == null ? "" : String.join(" ", summary.editions())));
        });
    return new ReportRows(
        List.of(
            "id",
            "source",
            "title",
            "publisher",
            "licence",
            "attribution",
            "address",
            "read_by",
            "records",
            "editions"),
        List.of(false, false, false, false, false, false, false, false, true, false),
        rows);
  }

  private static ObjectNode json(
      StoreLocation location,
      boolean exists,
      List<Dataset> datasets,
      Map<String, List<String>> formats,
      Map<String, List<UserDataset>> users,
      Stored stored) {
    ObjectNode root = AnswerDocument.object();
    root.put("store", location.path().toString());
    root.put("store_exists", exists);
    ArrayNode list = root.putArray("datasets");
    for (Dataset dataset : datasets) {
      ObjectNode node = list.addObject();
      node.put("id", dataset.id());
      node.put("source", "catalog");
      node.put("title", dataset.title());
      node.put("publisher", dataset.publisher());
      node.put("licence", dataset.licence());
      node.put("attribution", dataset.attribution());
      node.put("address", dataset.homepage());
      node.put("note", dataset.note());
      ArrayNode readBy = node.putArray("read_by");
      formats.getOrDefault(dataset.id(), List.of()).forEach(readBy::add);
      ArrayNode files = node.putArray("files");
      for (DatasetFile file : dataset.files()) {
        ObjectNode f = files.addObject();
        f.put("name", file.fileName());
        f.put("sha256", file.sha256().orElse(null));
        if (file.bytes().isPresent()) {
          f.put("bytes", file.bytes().getAsLong());
        }
        f.put("url", file.url().map(Object::toString).orElse(null));
      }
      ingested(node, dataset.id(), stored);
    }
    users.forEach(
        (id, editions) -> {
          UserDataset first = editions.get(0);
          ObjectNode node = list.addObject();
          node.put("id", id);
          node.put("source", "user-provided");
          node.put("title", first.title());
          node.put("publisher", first.publisher());
          node.put("licence", first.licence());
          node.put("attribution", first.attribution());
          node.put("address", first.url().orElse(null));
          ArrayNode mapped = node.putArray("editions_mapped");
          for (UserDataset edition : editions) {
            ObjectNode e = mapped.addObject();
            e.put("edition", edition.edition());
            e.put("mapping_file", edition.mappingFile());
            e.put("pay_field", edition.payField());
            e.put("role_field", edition.roleField());
            e.put("pay", edition.payDescription());
          }
          ingested(node, id, stored);
        });
    return root;
  }

  private static void ingested(ObjectNode node, String id, Stored stored) {
    DatasetSummary summary = stored.summaries().get(id);
    node.put("records", summary == null ? 0 : summary.records());
    ArrayNode editions = node.putArray("editions");
    if (summary != null) {
      summary.editions().forEach(editions::add);
    }
    ArrayNode labels = node.putArray("unknown_labels");
    Map<String, List<UnknownLabelCount>> groups = new LinkedHashMap<>();
    for (UnknownLabelCount count : stored.unknownLabels()) {
      if (count.datasetId().equals(id)) {
        groups
            .computeIfAbsent(count.edition() + "\n" + count.taxonomy().id(), k -> new ArrayList<>())
            .add(count);
      }
    }
    for (List<UnknownLabelCount> group : groups.values()) {
      ObjectNode entry = labels.addObject();
      entry.put("edition", group.get(0).edition());
      entry.put("taxonomy", group.get(0).taxonomy().id());
      entry.put("rows", group.stream().mapToLong(UnknownLabelCount::rows).sum());
      entry.put("labels", group.size());
      ArrayNode top = entry.putArray("top");
      for (UnknownLabelCount count : group.subList(0, Math.min(TOP_LABELS, group.size()))) {
        ObjectNode label = top.addObject();
        label.put("label", count.label());
        label.put("rows", count.rows());
      }
    }
  }

  /** How many of an edition's most frequent unknown labels the JSON lists per taxonomy. */
  static final int TOP_LABELS = 10;

  private static void table(
      PrintWriter out,
      StoreLocation location,
      boolean exists,
      List<Dataset> datasets,
      Map<String, List<String>> formats,
      Map<String, List<UserDataset>> users,
      Stored stored) {
    out.printf(
        Locale.ROOT,
        "%d datasets%s. Store: %s%s%n%n",
        datasets.size() + users.size(),
        users.isEmpty() ? "" : " (" + users.size() + " user-provided)",
        location.path(),
        exists ? "" : " (not created yet)");
    TextTable summary =
        new TextTable(
            List.of("id", "publisher", "licence", "ingested"), List.of(false, false, false, false));
    for (Dataset dataset : datasets) {
      summary.add(
          List.of(
              dataset.id(),
              dataset.publisher(),
              dataset.licence(),
              ingested(stored.summaries().get(dataset.id()))));
    }
    users.forEach(
        (id, editions) ->
            summary.add(
                List.of(
                    id,
                    editions.get(0).publisher(),
                    editions.get(0).licence(),
                    ingested(stored.summaries().get(id)))));
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
      out.println("  ingested:    " + ingested(stored.summaries().get(dataset.id())));
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
    users.forEach(
        (id, editions) -> {
          UserDataset first = editions.get(0);
          out.println();
          out.println(id + "  " + first.title() + "  [user-provided]");
          out.println("  publisher:   " + first.publisher());
          out.println("  licence:     " + first.licence());
          out.println("  attribution: " + first.attribution());
          out.println("  address:     " + first.url().orElse("not stated"));
          out.println("  ingested:    " + ingested(stored.summaries().get(id)));
          for (UserDataset edition : editions) {
            out.println(
                "  edition "
                    + edition.edition()
                    + ": mapping "
                    + edition.mappingFile()
                    + "; pay '"
                    + edition.payField()
                    + "' ("
                    + edition.payDescription()
                    + "); role "
                    + (edition.roleField().startsWith("the same")
                            || edition.roleField().startsWith("none")
                        ? edition.roleField()
                        : "'" + edition.roleField() + "'"));
          }
        });
    if (!stored.unknownLabels().isEmpty()) {
      out.println();
      IngestSummary.printUnknownLabels(stored.unknownLabels(), out);
    }
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
