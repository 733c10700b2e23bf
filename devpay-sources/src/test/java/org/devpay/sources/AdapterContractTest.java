package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every adapter passes on its real file: the header is recognised, by this adapter
 * only; every data row ends in exactly one accept or reject; row numbers are 1..N without gaps;
 * records carry the adapter's dataset id; rejections carry a reason and the raw row.
 *
 * <p>Subclasses name the adapter, the real table and the number of data rows the dataset's
 * SOURCE.md states (verified there with a CSV parser).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterContractTest {
  private Collected real;

  /** The adapter under test. */
  protected abstract SourceAdapter adapter();

  /**
   * The adapter's real table in ../shared/data (use RealData.file(...) so it skips when absent).
   */
  protected abstract SourceTable realTable() throws IOException;

  /** Data rows in the real table, from the dataset's SOURCE.md. */
  protected abstract long expectedDataRows();

  /**
   * Everything the adapter emits for its real table, read once per test class (the instance lives
   * as long as the class's tests): every check here and in a subclass looks at the same result.
   * Checks must not change it.
   */
  protected final Collected readRealTable() throws IOException {
    if (real == null) {
      Collected collected = new Collected();
      adapter().read(realTable(), collected);
      real = collected;
    }
    return real;
  }

  @Test
  void recognisesItsRealFileAndNoOtherAdapterDoes() throws IOException {
    Detection detection = new FormatDetector(AdapterRegistry.standard()).detect(realTable());
    assertThat(detection.adapter())
        .hasValueSatisfying(a -> assertThat(a.formatId()).isEqualTo(adapter().formatId()));
  }

  @Test
  void everyDataRowIsAcceptedOrRejectedExactlyOnce() throws IOException {
    Collected collected = readRealTable();
    assertThat(collected.accepted.size() + collected.rejected.size()).isEqualTo(expectedDataRows());
    List<Long> rowNumbers = new ArrayList<>();
    collected.accepted.forEach(r -> rowNumbers.add(r.rowNumber()));
    collected.rejected.forEach(r -> rowNumbers.add(r.rowNumber()));
    rowNumbers.sort(Long::compare);
    for (int i = 0; i < rowNumbers.size(); i++) {
      assertThat(rowNumbers.get(i))
          .as("row numbers are 1..N without gaps or repeats")
          .isEqualTo(i + 1L);
    }
  }

  @Test
  void recordsCarryTheDatasetIdAndDistinctRespondentKeys() throws IOException {
    Collected collected = readRealTable();
    assertThat(collected.accepted).isNotEmpty();
    assertThat(collected.accepted)
        .allSatisfy(r -> assertThat(r.datasetId()).isEqualTo(adapter().datasetId()));
    Set<String> keys = new HashSet<>();
    for (RawRecord record : collected.accepted) {
      assertThat(keys.add(record.edition() + "/" + record.respondentKey()))
          .as("respondent key %s is unique within its edition", record.respondentKey())
          .isTrue();
    }
  }

  @Test
  void rejectionsCarryAReasonDetailAndTheRawRow() throws IOException {
    Collected collected = readRealTable();
    assertThat(collected.rejected)
        .allSatisfy(
            r -> {
              assertThat(r.detail()).isNotBlank();
              assertThat(r.raw()).isNotNull();
            });
  }

  /** A sink that keeps everything, for assertions. */
  public static final class Collected implements RowSink {
    public final List<RawRecord> accepted = new ArrayList<>();
    public final List<Rejection> rejected = new ArrayList<>();

    @Override
    public void accept(RawRecord record) {
      accepted.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
      rejected.add(rejection);
    }
  }
}
