package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Row digests against Python's hashlib: the values below are printed by
 * src/test/resources/org/devpay/sources/golden/row_digest.py, which builds the same bytes (each
 * field's UTF-8 length, a colon, its bytes) independently. Stores keep these digests, so a change
 * of bytes would make a row ingested again look new.
 */
class RowDigestTest {
  private static final List<String> LONG = List.of("x".repeat(3000), "y");

  @Test
  void digestsAreHashlibs() {
    assertThat(RowDigest.of(List.of()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(RowDigest.of(List.of("a", "b")))
        .isEqualTo("facdde7abf1eac5b301273ab2e282f79bab0100f058833a7b8bdf9f80741e149");
    assertThat(RowDigest.of(Arrays.asList(null, "")))
        .isEqualTo("390feabc786e369e55b904251d643b52b52b691c60eb74a498ef7c6df993bf12");
    assertThat(RowDigest.of(List.of("ab", "c")))
        .isEqualTo("430fb1b4ac43316eca81fab27a1930ab8eff8fef6a1dc7903dce44bbc2790dc5");
    assertThat(RowDigest.of(List.of("Ärger ✓", "São Paulo", "日本")))
        .isEqualTo("f68766cb2d7bde9473ba3d17d88052a8afc33bb0c0966f3f8631b86c2131dfb4");
    assertThat(RowDigest.of(LONG))
        .isEqualTo("ceb9610d6c90c0bc8b82938a824f23ab51a6d41b8b85f4da82f53955b1d72aa6");
  }

  @Test
  void aRowLongerThanTheBytesKeptDigestsAsHashlibsAndLeavesNothingBehind() {
    // Two megabytes of UTF-8: past what a thread keeps between rows, so its buffer is dropped.
    List<String> huge = List.of("\u00e9".repeat(1 << 20), "z");
    String expected = "b04229ec6f99036517e482950f105dcf7a24268fd77ed385b410ffe1e911b5b5";

    assertThat(RowDigest.of(huge)).isEqualTo(expected);
    assertThat(RowDigest.of(List.of("a", "b")))
        .isEqualTo("facdde7abf1eac5b301273ab2e282f79bab0100f058833a7b8bdf9f80741e149");
    assertThat(RowDigest.of(huge)).isEqualTo(expected);
  }

  @Test
  void aDigestDoesNotDependOnTheRowsHashedBeforeItOrOnTheThread() throws Exception {
    // A digest depends on its row alone: not on a longer row hashed before it, nor on the thread.
    String expected = RowDigest.of(List.of("a", "b"));
    RowDigest.of(LONG);
    assertThat(RowDigest.of(List.of("a", "b"))).isEqualTo(expected);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> digests = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        List<String> row = i % 2 == 0 ? List.of("a", "b") : LONG;
        digests.add(pool.submit(() -> RowDigest.of(row)));
      }
      for (int i = 0; i < digests.size(); i++) {
        assertThat(digests.get(i).get()).isEqualTo(i % 2 == 0 ? expected : RowDigest.of(LONG));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
