package org.devpay.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

/**
 * Several editions' columns handed over by {@link PayData#forEachColumns} are each edition's own
 * columns, in the order asked, whether the data reads them one by one (the default) or {@link
 * LoadedPayData} passes a request for editions it has not loaded to its source whole (the bulk read
 * a store makes) and otherwise takes loaded editions from their records.
 */
class LoadedPayDataTest {
  private static final TestRecords A =
      TestRecords.edition("a", "2020")
          .add(RoleFamily.BACKEND, 3, 50_000)
          .add(RoleFamily.FRONTEND, 5, 45_000);
  private static final TestRecords B =
      TestRecords.edition("b", "2021")
          .add(RoleFamily.FULLSTACK, 1, 30_000)
          .add(RoleFamily.BACKEND, 9, 90_000)
          .add(RoleFamily.BACKEND, 2, 40_000);
  private static final TestRecords C =
      TestRecords.edition("c", "2022").add(RoleFamily.MOBILE, 4, 60_000);
  private static final EditionKey UNKNOWN = new EditionKey("none", "1999");

  @Test
  void theDefaultReadsEachEditionAsAlone() {
    PayData data = TestRecords.data(A, B, C);
    List<EditionKey> asked = List.of(C.key(), UNKNOWN, A.key(), C.key());

    List<EditionColumns> columns = new ArrayList<>();
    data.forEachColumns(asked, columns::add);

    assertThat(columns).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
    assertThat(columns.get(0)).isEqualTo(EditionColumns.of(C.key(), C.records()));
    assertThat(columns.get(1).size()).isZero();
    assertThat(columns.get(2)).isEqualTo(EditionColumns.of(A.key(), A.records()));
    assertThat(columns.get(3)).isEqualTo(columns.get(0));
  }

  @Test
  void loadedDataPassesABulkReadOfEditionsItHasNotLoadedToItsSource() {
    List<List<EditionKey>> batches = new ArrayList<>();
    PayData loaded = LoadedPayData.of(counting(TestRecords.data(A, B, C), batches));
    List<EditionKey> asked = List.of(C.key(), A.key());

    List<EditionColumns> columns = new ArrayList<>();
    loaded.forEachColumns(asked, columns::add);

    assertThat(batches).containsExactly(asked);
    assertThat(columns).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
    assertThat(columns.get(0)).isEqualTo(EditionColumns.of(C.key(), C.records()));
    assertThat(columns.get(1)).isEqualTo(EditionColumns.of(A.key(), A.records()));
  }

  @Test
  void loadedDataTakesLoadedEditionsFromTheirRecords() {
    List<List<EditionKey>> batches = new ArrayList<>();
    PayData loaded = LoadedPayData.of(counting(TestRecords.data(A, B, C), batches));
    List<PayRecord> bRecords = loaded.records(B.key());
    assertThat(bRecords).hasSize(3);
    List<EditionKey> asked = List.of(A.key(), B.key(), C.key(), A.key());

    List<EditionColumns> columns = new ArrayList<>();
    loaded.forEachColumns(asked, columns::add);

    assertThat(columns).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
    assertThat(columns.get(0)).isEqualTo(EditionColumns.of(A.key(), A.records()));
    assertThat(columns.get(1)).isEqualTo(EditionColumns.of(B.key(), B.records()));
    assertThat(columns.get(2)).isEqualTo(EditionColumns.of(C.key(), C.records()));
    assertThat(columns.get(3)).isEqualTo(columns.get(0));
    // With an edition loaded, each edition is asked for alone, not in bulk.
    assertThat(batches).isEmpty();
  }

  /** The data, recording every bulk request for editions' columns it receives. */
  private static PayData counting(PayData data, List<List<EditionKey>> batches) {
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return data.editions();
      }

      @Override
      public List<PayRecord> records(EditionKey edition) {
        return data.records(edition);
      }

      @Override
      public void forEachColumns(
          List<EditionKey> editions, java.util.function.Consumer<EditionColumns> action) {
        batches.add(List.copyOf(editions));
        PayData.super.forEachColumns(editions, action);
      }

      @Override
      public SourceCitation citation(EditionKey edition) {
        return data.citation(edition);
      }

      @Override
      public String version() {
        return data.version();
      }
    };
  }
}
