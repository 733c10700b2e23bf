package org.devpay.sources.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.resource.ResourceTable;

/**
 * Every dataset devpay supports, with licence, attribution, official address, files and SHA-256,
 * kept as data ({@code datasets.csv} and {@code dataset-files.csv} beside this class) so it is
 * reviewed and corrected without touching code. Behind {@code devpay datasets} and {@code devpay
 * fetch}, and the licence every answer cites.
 */
public final class DatasetCatalog {
  static final String DATASETS = "datasets.csv";
  static final String FILES = "dataset-files.csv";

  private final Map<String, Dataset> byId;

  private DatasetCatalog(Map<String, Dataset> byId) {
    this.byId = byId;
  }

  /** A catalog of these datasets (tests build their own, pointing at a local server). */
  public static DatasetCatalog of(List<Dataset> datasets) {
    Map<String, Dataset> byId = new LinkedHashMap<>();
    for (Dataset dataset : datasets) {
      if (byId.put(dataset.id(), dataset) != null) {
        throw new IllegalArgumentException("duplicate dataset id: " + dataset.id());
      }
    }
    return new DatasetCatalog(java.util.Collections.unmodifiableMap(byId));
  }

  /** The shipped catalog. */
  public static DatasetCatalog standard() {
    return Holder.SHIPPED;
  }

  /** Every dataset, in catalog order. */
  public List<Dataset> datasets() {
    return List.copyOf(byId.values());
  }

  /** The dataset with this id, if catalogued. */
  public Optional<Dataset> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The dataset with this id.
   *
   * @throws DevpayException MISSING_DATA naming the known ids when it is not catalogued
   */
  public Dataset require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new DevpayException(
                    ErrorCategory.MISSING_DATA,
                    "unknown dataset '" + id + "'; `devpay datasets` lists " + byId.keySet()));
  }

  private static DatasetCatalog load() {
    ResourceTable files = ResourceTable.load(DatasetCatalog.class, FILES);
    Map<String, List<DatasetFile>> filesById = new LinkedHashMap<>();
    for (List<String> row : files.rows()) {
      String where = files.resource() + " " + row;
      try {
        filesById
            .computeIfAbsent(cell(files, row, "dataset_id"), id -> new ArrayList<>())
            .add(
                new DatasetFile(
                    cell(files, row, "file_name"),
                    optional(cell(files, row, "url")).map(URI::create),
                    optional(cell(files, row, "sha256")),
                    optional(cell(files, row, "bytes"))
                        .map(b -> OptionalLong.of(Long.parseLong(b)))
                        .orElse(OptionalLong.empty()),
                    cell(files, row, "note")));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": " + e.getMessage(), e);
      }
    }
    ResourceTable table = ResourceTable.load(DatasetCatalog.class, DATASETS);
    List<Dataset> datasets = new ArrayList<>();
    for (List<String> row : table.rows()) {
      String id = cell(table, row, "dataset_id");
      datasets.add(
          new Dataset(
              id,
              cell(table, row, "title"),
              cell(table, row, "publisher"),
              cell(table, row, "licence"),
              cell(table, row, "attribution"),
              cell(table, row, "homepage"),
              optional(cell(table, row, "local_folder")),
              cell(table, row, "note"),
              filesById.getOrDefault(id, List.of())));
    }
    filesById.keySet().stream()
        .filter(id -> datasets.stream().noneMatch(d -> d.id().equals(id)))
        .findFirst()
        .ifPresent(
            id -> {
              throw new IllegalStateException(FILES + " lists files of unknown dataset " + id);
            });
    return of(datasets);
  }

  private static String cell(ResourceTable table, List<String> row, String column) {
    return row.get(table.column(column)).strip();
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static final class Holder {
    static final DatasetCatalog SHIPPED = load();
  }
}
