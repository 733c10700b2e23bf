package org.devpay.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.resource.ResourceTable;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;

/**
 * The descriptions of every shipped format, kept as data (formats.csv: role and pay fields per
 * format, and a title where the format's differs from its dataset's) and joined with the {@link
 * DatasetCatalog} for title, publisher, licence and attribution, so the citation and row-filter
 * text can be reviewed and corrected without touching an adapter.
 */
public final class FormatCatalog {
  private static final String RESOURCE = "formats.csv";

  private final Map<String, FormatDescription> byFormatId;

  private FormatCatalog(Map<String, FormatDescription> byFormatId) {
    this.byFormatId = Map.copyOf(byFormatId);
  }

  /** Loads the shipped catalog. */
  public static FormatCatalog standard() {
    DatasetCatalog datasets = DatasetCatalog.standard();
    ResourceTable table = ResourceTable.load(FormatCatalog.class, RESOURCE);
    Map<String, FormatDescription> entries = new LinkedHashMap<>();
    for (List<String> row : table.rows()) {
      String datasetId = cell(table, row, "dataset_id");
      Dataset dataset =
          datasets
              .find(datasetId)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          RESOURCE + ": dataset " + datasetId + " is not in the dataset catalog"));
      FormatDescription description =
          new FormatDescription(
              cell(table, row, "format_id"),
              datasetId,
              title(cell(table, row, "title"), dataset),
              dataset.publisher(),
              dataset.licenceAndAttribution(),
              cell(table, row, "role_field"),
              cell(table, row, "pay_field"),
              cell(table, row, "pay_description"));
      if (entries.put(description.formatId(), description) != null) {
        throw new IllegalStateException(
            "duplicate format id in " + RESOURCE + ": " + description.formatId());
      }
    }
    return new FormatCatalog(entries);
  }

  /**
   * A format's title: its own when it says more than its dataset's (an edition, a partial copy),
   * else the dataset's, kept in one place.
   */
  private static String title(String own, Dataset dataset) {
    if (own.equals(dataset.title())) {
      throw new IllegalStateException(
          RESOURCE
              + ": the title of a format of "
              + dataset.id()
              + " repeats its dataset's;"
              + " leave it empty to use the dataset's");
    }
    return own.isEmpty() ? dataset.title() : own;
  }

  private static String cell(ResourceTable table, List<String> row, String column) {
    return row.get(table.column(column)).strip();
  }

  /** The description of a format, if the catalog has it. */
  public Optional<FormatDescription> describe(String formatId) {
    return Optional.ofNullable(byFormatId.get(formatId));
  }
}
