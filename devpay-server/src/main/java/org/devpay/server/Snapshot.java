package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.devpay.core.analysis.FilterCriterion;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.PayRecord;

/**
 * The store's content at one data version, held in memory and immutable: requests read it without
 * touching the database, so the server never keeps the store file open between refreshes.
 *
 * @param version the data version ({@link PayData#version()}): changes exactly when an ingest
 *     commits, so it keys caches and ETags
 * @param loadedAt when it was read from the store
 * @param data the records, by edition
 * @param editions what each edition is, with its filter values that reach the privacy floor
 */
record Snapshot(String version, Instant loadedAt, PayData data, List<EditionInfo> editions) {
  /**
   * The filter criteria that have facets (those within an edition), by their query parameter name,
   * in declaration order.
   */
  static final List<String> FACETS =
      FilterCriterion.inEdition().stream().map(FilterCriterion::id).toList();

  Snapshot {
    requireNonNull(version, "version is null");
    requireNonNull(loadedAt, "loadedAt is null");
    requireNonNull(data, "data is null");
    editions = List.copyOf(editions);
  }

  /** Reads every edition of the data into memory and counts its facets. */
  static Snapshot load(PayData source, PrivacyFloor floor, Instant now) {
    String version = source.version();
    Map<EditionKey, List<PayRecord>> records = new TreeMap<>();
    Map<EditionKey, SourceCitation> citations = new TreeMap<>();
    List<EditionInfo> editions = new ArrayList<>();
    for (EditionKey key : source.editions()) {
      List<PayRecord> rows = List.copyOf(source.records(key));
      if (rows.isEmpty()) {
        continue;
      }
      SourceCitation citation = source.citation(key);
      records.put(key, rows);
      citations.put(key, citation);
      editions.add(EditionInfo.of(key, rows, citation, floor));
    }
    return new Snapshot(version, now, new MemoryPayData(version, records, citations), editions);
  }

  /** The version of a store that does not exist yet. */
  static final String NO_DATA_VERSION = "no-data";

  /** The version health reports before the first load has finished. */
  static final String LOADING_VERSION = "loading";

  /** What health answers from before the first load has finished. */
  static Snapshot loading() {
    return new Snapshot(
        LOADING_VERSION,
        Instant.EPOCH,
        new MemoryPayData(LOADING_VERSION, Map.of(), Map.of()),
        List.of());
  }

  /** What the server serves before any store file exists. */
  static Snapshot empty(Instant now) {
    return new Snapshot(
        NO_DATA_VERSION, now, new MemoryPayData(NO_DATA_VERSION, Map.of(), Map.of()), List.of());
  }

  /**
   * Refuses to compute figures before anything was ingested, with a message that says how to fix
   * it.
   */
  Snapshot requireData() {
    if (editions.isEmpty()) {
      throw new org.devpay.core.error.DevpayException(
          org.devpay.core.error.ErrorCategory.MISSING_DATA,
          "no data has been ingested yet: run ./devpay answer --data DIR (or ./devpay ingest"
              + " FILE|DIR), or POST files to /api/ingest when ingest is enabled");
    }
    return this;
  }

  /** The total number of records. */
  long records() {
    return editions.stream().mapToLong(EditionInfo::rows).sum();
  }

  /** Dataset ids, sorted. */
  Set<String> datasetIds() {
    Set<String> out = new TreeSet<>();
    editions.forEach(e -> out.add(e.key().datasetId()));
    return out;
  }

  /** Edition labels (of one dataset, or of all when the dataset is null), sorted. */
  Set<String> editionLabels(String datasetId) {
    Set<String> out = new TreeSet<>();
    editions.stream()
        .filter(e -> datasetId == null || e.key().datasetId().equals(datasetId))
        .forEach(e -> out.add(e.key().edition()));
    return out;
  }

  /** The values of a facet that reach the privacy floor in at least one edition, sorted. */
  Set<String> facetValues(String facet) {
    Set<String> out = new TreeSet<>();
    editions.forEach(e -> out.addAll(e.facets().getOrDefault(facet, new TreeMap<>()).keySet()));
    return out;
  }

  /**
   * One edition as the datasets endpoint describes it.
   *
   * @param key dataset and edition
   * @param citation title, publisher, licence, pay field and files
   * @param rows records in the edition
   * @param years survey years, ascending
   * @param currencies published currencies, sorted
   * @param basis gross or net, as published
   * @param scope base or total, as published
   * @param facets per facet (each {@link FilterCriterion} within an edition: country, metro,
   *     seniority, industry, skill), each value with at least k rows, and whose complement in the
   *     edition is none or k rows or more, with its row count; other values are left out, so no
   *     facet reveals a small group
   */
  record EditionInfo(
      EditionKey key,
      SourceCitation citation,
      long rows,
      List<Integer> years,
      List<String> currencies,
      String basis,
      String scope,
      Map<String, SortedMap<String, Integer>> facets) {
    EditionInfo {
      requireNonNull(key, "key is null");
      requireNonNull(citation, "citation is null");
      years = List.copyOf(years);
      currencies = List.copyOf(currencies);
      requireNonNull(basis, "basis is null");
      requireNonNull(scope, "scope is null");
      facets = Map.copyOf(facets);
    }

    static EditionInfo of(
        EditionKey key, List<PayRecord> rows, SourceCitation citation, PrivacyFloor floor) {
      Map<String, SortedMap<String, Integer>> facets = new TreeMap<>();
      for (FilterCriterion criterion : FilterCriterion.inEdition()) {
        facets.put(
            criterion.id(), count(rows, criterion.dimension().orElseThrow().values(), floor));
      }
      return new EditionInfo(
          key,
          citation,
          rows.size(),
          rows.stream().map(PayRecord::year).distinct().sorted().toList(),
          rows.stream().map(r -> r.published().currency()).distinct().sorted().toList(),
          only(rows, r -> r.published().basis().name()),
          only(rows, r -> r.published().scope().name()),
          facets);
    }

    private static SortedMap<String, Integer> count(
        List<PayRecord> rows, Function<PayRecord, List<String>> values, PrivacyFloor floor) {
      Map<String, Integer> counts = new TreeMap<>();
      for (PayRecord row : rows) {
        for (String value : new TreeSet<>(values.apply(row))) {
          counts.merge(value, 1, Integer::sum);
        }
      }
      // Offered only when neither the value nor the rest of the edition is a group under k.
      return floor.disclosure().offeredValues(counts, rows.size());
    }

    private static String only(List<PayRecord> rows, Function<PayRecord, String> field) {
      Set<String> values = new TreeSet<>();
      rows.forEach(r -> values.add(field.apply(r)));
      return String.join("+", values).toLowerCase(java.util.Locale.ROOT);
    }
  }
}
