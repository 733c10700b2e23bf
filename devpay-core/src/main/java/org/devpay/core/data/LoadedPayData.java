package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.devpay.core.model.PayRecord;
import org.devpay.core.privacy.Criterion;

/**
 * Pay data whose editions, records and citations are read from the underlying data once and then
 * kept, so analyses that run many comparisons over the same editions (factors, claims) do not
 * re-read the store for each. Thread-safe.
 */
public final class LoadedPayData implements PayData {
  private final PayData source;
  private final List<EditionKey> editions;
  private final String version;
  private final Map<EditionKey, List<PayRecord>> records = new ConcurrentHashMap<>();
  private final Map<EditionKey, SourceCitation> citations = new ConcurrentHashMap<>();
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();
  private volatile PayData unrestricted;

  private LoadedPayData(PayData source) {
    this.source = source;
    this.editions = List.copyOf(source.editions());
    this.version = source.version();
  }

  /** Wraps data so each edition is read at most once (returns already-loaded data unchanged). */
  public static PayData of(PayData data) {
    requireNonNull(data, "data is null");
    return data instanceof LoadedPayData ? data : new LoadedPayData(data);
  }

  @Override
  public List<EditionKey> editions() {
    return editions;
  }

  @Override
  public List<PayRecord> records(EditionKey edition) {
    return records.computeIfAbsent(edition, key -> List.copyOf(source.records(key)));
  }

  /**
   * From the records when they are loaded already, else from the source's columns (a store reads
   * them in bulk) without loading the records.
   */
  @Override
  public EditionColumns columns(EditionKey edition) {
    List<PayRecord> loaded = records.get(edition);
    return loaded != null ? EditionColumns.of(edition, loaded) : source.columns(edition);
  }

  /**
   * From the source's own bulk read when no edition asked is loaded (an answer over the whole
   * data); otherwise edition by edition, each from its records or the source's columns.
   */
  @Override
  public void forEachColumns(
      List<EditionKey> editions, java.util.function.Consumer<EditionColumns> action) {
    if (editions.stream().noneMatch(records::containsKey)) {
      source.forEachColumns(editions, action);
    } else {
      PayData.super.forEachColumns(editions, action);
    }
  }

  @Override
  public SourceCitation citation(EditionKey edition) {
    return citations.computeIfAbsent(edition, source::citation);
  }

  @Override
  public String version() {
    return version;
  }

  /** The unrestricted data, itself loaded once (so what is derived from it is kept too). */
  @Override
  public PayData unrestricted() {
    PayData base = source.unrestricted();
    if (base == source) {
      return this;
    }
    PayData loaded = unrestricted;
    if (loaded == null) {
      loaded = of(base);
      unrestricted = loaded;
    }
    return loaded;
  }

  @Override
  public List<Criterion> restriction() {
    return source.restriction();
  }

  /**
   * Kept by the source when it keeps derived values (a server's in-memory snapshot, which outlives
   * this wrapper), else here.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    return source.derived(key, () -> (T) derived.computeIfAbsent(key, k -> compute.get()));
  }
}
