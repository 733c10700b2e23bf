package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
  /**
   * Rows of several editions read together at most: one million rows of columns are some 100 MB,
   * and reading every edition of a large store at once would hold them all.
   */
  static final long ROWS_PER_READ = 1_000_000;

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

  /**
   * Read from the store in groups of consecutive editions of at most {@link #ROWS_PER_READ} rows
   * together (an edition larger than that alone), each group by one pair of queries; a group's
   * columns are released as they are handed over.
   */
  @Override
  public void forEachColumns(List<EditionKey> editions, Consumer<EditionColumns> action) {
    forEachColumns(editions, action, ROWS_PER_READ);
  }

  /** {@link #forEachColumns(List, Consumer)} with another bound (the tests cut small groups). */
  void forEachColumns(
      List<EditionKey> editions, Consumer<EditionColumns> action, long rowsPerRead) {
    for (List<EditionKey> group : groups(editions, store.editionSizes(), rowsPerRead)) {
      ArrayDeque<EditionColumns> read = new ArrayDeque<>(store.columns(group));
      while (!read.isEmpty()) {
        action.accept(read.poll());
      }
    }
  }

  /**
   * The editions in the order given, cut into groups of consecutive editions whose rows add up to
   * at most {@code rowsPerGroup}; an edition with more rows than that is a group of its own, and an
   * edition the sizes do not know counts no rows.
   */
  static List<List<EditionKey>> groups(
      List<EditionKey> editions, Map<EditionKey, Long> sizes, long rowsPerGroup) {
    List<List<EditionKey>> groups = new ArrayList<>();
    List<EditionKey> group = new ArrayList<>();
    long rows = 0;
    for (EditionKey key : editions) {
      long size = sizes.getOrDefault(key, 0L);
      if (!group.isEmpty() && rows + size > rowsPerGroup) {
        groups.add(List.copyOf(group));
        group.clear();
        rows = 0;
      }
      group.add(key);
      rows += size;
    }
    if (!group.isEmpty()) {
      groups.add(List.copyOf(group));
    }
    return List.copyOf(groups);
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
