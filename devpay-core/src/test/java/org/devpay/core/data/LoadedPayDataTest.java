package org.devpay.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

/**
 * Several editions' columns asked at once ({@link PayData#columns(List)}) are each edition's own
 * columns, in the order asked, whether the data reads them one by one (the default) or {@link
 * LoadedPayData} takes some from records it holds and asks its source for the others together.
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

    List<EditionColumns> columns = data.columns(asked);

    assertThat(columns).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
    assertThat(columns.get(0)).isEqualTo(EditionColumns.of(C.key(), C.records()));
    assertThat(columns.get(1).size()).isZero();
    assertThat(columns.get(2)).isEqualTo(EditionColumns.of(A.key(), A.records()));
    assertThat(columns.get(3)).isEqualTo(columns.get(0));
  }

  @Test
  void loadedDataTakesLoadedEditionsFromTheirRecordsAndAsksTheSourceForTheRestAtOnce() {
    List<List<EditionKey>> batches = new ArrayList<>();
    PayData counting = counting(TestRecords.data(A, B, C), batches);
    PayData loaded = LoadedPayData.of(counting);
    List<PayRecord> bRecords = loaded.records(B.key());
    assertThat(bRecords).hasSize(3);
    List<EditionKey> asked = List.of(A.key(), B.key(), C.key(), A.key());

    List<EditionColumns> columns = loaded.columns(asked);

    assertThat(columns).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
    assertThat(columns.get(0)).isEqualTo(EditionColumns.of(A.key(), A.records()));
    assertThat(columns.get(1)).isEqualTo(EditionColumns.of(B.key(), B.records()));
    assertThat(columns.get(2)).isEqualTo(EditionColumns.of(C.key(), C.records()));
    assertThat(columns.get(3)).isEqualTo(columns.get(0));
    // One call to the source, for the editions not loaded, each once.
    assertThat(batches).containsExactly(List.of(A.key(), C.key()));
  }

  /** The data, recording every batch of editions whose columns it is asked for. */
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
      public List<EditionColumns> columns(List<EditionKey> editions) {
        batches.add(List.copyOf(editions));
        return PayData.super.columns(editions);
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
