package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.data.UserDataset;
import org.devpay.core.model.PayRecord;
import org.devpay.sources.FormatCatalog;
import org.devpay.sources.FormatDescription;
import org.devpay.sources.Sha256;
import org.devpay.store.DatasetSummary;
import org.devpay.store.DevpayStore;

/**
 * The store seen through core's {@link PayData} port: editions, their records and citations built
 * from the ingested files and the format catalog.
 */
public final class StorePayData implements PayData {
  private final DevpayStore store;
  private final FormatCatalog catalog;

  public StorePayData(DevpayStore store) {
    this(store, FormatCatalog.standard());
  }

  public StorePayData(DevpayStore store, FormatCatalog catalog) {
    this.store = requireNonNull(store, "store is null");
    this.catalog = requireNonNull(catalog, "catalog is null");
  }

  @Override
  public List<EditionKey> editions() {
    List<EditionKey> keys = new ArrayList<>();
    for (DatasetSummary dataset : store.datasets()) {
      for (String edition : dataset.editions()) {
        keys.add(new EditionKey(dataset.datasetId(), edition));
      }
    }
    keys.sort(null);
    return keys;
  }

  @Override
  public List<PayRecord> records(EditionKey edition) {
    return store.records(edition.datasetId(), edition.edition());
  }

  /** Read in bulk from the store, without a record per row. */
  @Override
  public EditionColumns columns(EditionKey edition) {
    return store.columns(edition.datasetId(), edition.edition());
  }

  /** Read together from the store, by two queries whatever their number. */
  @Override
  public List<EditionColumns> columns(List<EditionKey> editions) {
    return store.columns(editions);
  }

  @Override
  public SourceCitation citation(EditionKey edition) {
    List<CitedFile> cited = store.sourcesOf(edition.datasetId(), edition.edition());
    FormatDescription format =
        cited.stream()
            .map(f -> catalog.describe(f.formatId()))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .or(
                () ->
                    store
                        .userDataset(edition.datasetId(), edition.edition())
                        .map(StorePayData::describe))
            .orElse(
                new FormatDescription(
                    "",
                    edition.datasetId(),
                    edition.datasetId(),
                    "unknown",
                    "unknown",
                    "unknown",
                    "unknown",
                    "unknown"));
    return new SourceCitation(
        format.title(),
        format.publisher(),
        format.licence(),
        format.roleField(),
        format.payField(),
        format.payDescription(),
        cited);
  }

  /**
   * A user-provided dataset as its mapping describes it: the publisher marked user-provided, and
   * the licence with its attribution as a catalogued dataset's is.
   */
  private static FormatDescription describe(UserDataset dataset) {
    return new FormatDescription(
        "mapping/" + dataset.datasetId() + "/" + dataset.edition(),
        dataset.datasetId(),
        dataset.title(),
        dataset.publisher() + " (user-provided, read by a mapping file)",
        dataset.licenceAndAttribution(),
        dataset.roleField(),
        dataset.payField(),
        dataset.payDescription());
  }

  /** SHA-256 over the sorted content hashes of every ingested table: changes with each ingest. */
  @Override
  public String version() {
    MessageDigest digest = Sha256.newDigest();
    for (String sha : store.contentHashes()) {
      digest.update((sha + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return Sha256.hex(digest).substring(0, 32);
  }
}
