package org.devpay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.SourceCitation;
import org.devpay.sources.FormatCatalog;
import org.devpay.sources.FormatDescription;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;

/**
 * What each edition's figures rest on, built on the driver from the tables the job read (as the
 * store builds it from the tables it ingested) and shipped to the tasks that render the editions.
 * Core's citation types are not serializable, so this carries their fields.
 */
final class Citations implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One cited table's fields ({@link CitedFile}). */
  record File(
      String path,
      String entryName,
      String sha256,
      String formatId,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected)
      implements Serializable {
    CitedFile cited() {
      return new CitedFile(path, entryName, sha256, formatId, rowsRead, rowsAccepted, rowsRejected);
    }
  }

  /** One edition's citation fields ({@link SourceCitation}). */
  record Edition(
      String title,
      String publisher,
      String licence,
      String roleField,
      String payField,
      String payDescription,
      List<File> files)
      implements Serializable {
    SourceCitation citation() {
      return new SourceCitation(
          title,
          publisher,
          licence,
          roleField,
          payField,
          payDescription,
          files.stream().map(File::cited).toList());
    }
  }

  private final TreeMap<String, Edition> editions;

  private Citations(TreeMap<String, Edition> editions) {
    this.editions = editions;
  }

  /** The citation of an edition (an "unknown" one when nothing describes it). */
  SourceCitation of(EditionKey key) {
    Edition edition = editions.get(key.toString());
    if (edition == null) {
      return unknown(key.datasetId(), List.of()).citation();
    }
    return edition.citation();
  }

  /**
   * An edition read from an export, which keeps no format id: the dataset catalog's title,
   * publisher and licence, and the fields "as exported".
   */
  static Citations ofExport(Map<EditionKey, List<File>> files) {
    DatasetCatalog catalog = DatasetCatalog.standard();
    TreeMap<String, Edition> out = new TreeMap<>();
    files.forEach(
        (key, tables) -> {
          Dataset dataset = catalog.find(key.datasetId()).orElse(null);
          out.put(
              key.toString(),
              dataset == null
                  ? unknown(key.datasetId(), tables)
                  : new Edition(
                      dataset.title(),
                      dataset.publisher(),
                      dataset.licenceAndAttribution(),
                      "as exported by devpay",
                      "as exported by devpay",
                      "as exported by devpay (annual_local)",
                      new ArrayList<>(tables)));
        });
    return new Citations(out);
  }

  private static volatile FormatCatalog catalog;

  /** The citation of an edition read from these tables, as the store builds it. */
  static SourceCitation ofTables(EditionKey key, List<File> tables) {
    FormatCatalog formats = catalog;
    if (formats == null) {
      formats = FormatCatalog.standard();
      catalog = formats;
    }
    return describe(formats, key, tables).citation();
  }

  private static Edition describe(FormatCatalog catalog, EditionKey key, List<File> tables) {
    FormatDescription format =
        tables.stream()
            .map(f -> catalog.describe(f.formatId()))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(null);
    return format == null
        ? unknown(key.datasetId(), tables)
        : new Edition(
            format.title(),
            format.publisher(),
            format.licence(),
            format.roleField(),
            format.payField(),
            format.payDescription(),
            new ArrayList<>(tables));
  }

  private static Edition unknown(String datasetId, List<File> tables) {
    return new Edition(
        datasetId, datasetId, "unknown", "unknown", "unknown", "unknown", new ArrayList<>(tables));
  }
}
