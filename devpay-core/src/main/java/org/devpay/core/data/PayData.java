package org.devpay.core.data;

import java.util.List;
import java.util.function.Supplier;
import org.devpay.core.privacy.Criterion;

/**
 * Read access to normalized pay records by dataset edition: the port analyses read through. The
 * store implements it; core never sees DuckDB, files or HTTP.
 */
public interface PayData {
  /** Every edition with at least one record, sorted. */
  List<EditionKey> editions();

  /** The records of one edition, in a stable order (empty for an unknown edition). */
  List<org.devpay.core.model.PayRecord> records(EditionKey edition);

  /**
   * The same records as {@link #records(EditionKey)}, as primitive columns. A store overrides it to
   * read the columns in bulk without making a record per row; by default the records are read and
   * coded.
   */
  default EditionColumns columns(EditionKey edition) {
    return EditionColumns.of(edition, records(edition));
  }

  /**
   * Hands the columns of each edition asked to {@code action}, one edition at a time in the order
   * asked: {@link #columns(EditionKey)} of each. A store overrides it to read several editions by
   * one pair of queries (a pair per edition costs more than most editions' rows), a bounded number
   * of rows at a time, so that no more than that is held at once whatever the number of editions.
   */
  default void forEachColumns(
      List<EditionKey> editions, java.util.function.Consumer<EditionColumns> action) {
    for (EditionKey edition : editions) {
      action.accept(columns(edition));
    }
  }

  /** What the edition rests on: dataset description and ingested files. */
  SourceCitation citation(EditionKey edition);

  /**
   * A token that changes whenever the records change (an ingest commits), so presenters can cache
   * results and send ETags.
   */
  String version();

  /**
   * The data this is a view of (by a record filter or a claim's population), or this data itself:
   * what the disclosure control draws every cell of an edition from, so that a figure over a
   * filtered view is checked against the cells of the whole edition.
   */
  default PayData unrestricted() {
    return this;
  }

  /**
   * The conditions this view's records meet beyond {@link #unrestricted()}'s: {@link
   * #records(EditionKey)} holds exactly the unrestricted records meeting all of them (in their
   * order). Empty for data that is no view.
   */
  default List<Criterion> restriction() {
    return List.of();
  }

  /**
   * A value derived from this data (such as an edition's studied rows), computed once per key where
   * the data can keep it, else every time.
   */
  default <T> T derived(Object key, Supplier<T> compute) {
    return compute.get();
  }
}
