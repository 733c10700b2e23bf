package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;

/** Pay data read once from the store and kept in memory, so requests never wait on the database. */
final class MemoryPayData implements PayData {
  private final String version;
  private final Map<EditionKey, List<PayRecord>> records;
  private final Map<EditionKey, SourceCitation> citations;
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  MemoryPayData(
      String version,
      Map<EditionKey, List<PayRecord>> records,
      Map<EditionKey, SourceCitation> citations) {
    this.version = requireNonNull(version, "version is null");
    this.records = Map.copyOf(records);
    this.citations = Map.copyOf(citations);
  }

  @Override
  public List<EditionKey> editions() {
    return records.keySet().stream().sorted().toList();
  }

  @Override
  public List<PayRecord> records(EditionKey edition) {
    return records.getOrDefault(edition, List.of());
  }

  @Override
  public SourceCitation citation(EditionKey edition) {
    SourceCitation citation = citations.get(edition);
    if (citation == null) {
      throw new DevpayException(ErrorCategory.MISSING_DATA, "no edition " + edition);
    }
    return citation;
  }

  @Override
  public String version() {
    return version;
  }

  /**
   * Kept for the snapshot's life: the studied rows of each edition and their disclosure universes
   * are computed once per data version, not once per request.
   */
  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    return (T) derived.computeIfAbsent(key, k -> compute.get());
  }
}
