package org.devpay.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compact digest set answers add and contains exactly as a HashSet of the strings does. */
class DigestSetTest {
  @Test
  void behavesAsAHashSetOfTheDigestStrings() throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(7);
    DigestSet set = new DigestSet();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      // Draws from 120,000 contents, so about a third of the adds are repeats.
      String content = "row " + random.nextInt(120_000);
      String digest = hex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
      if (random.nextInt(3) == 0) {
        assertThat(set.contains(digest)).isEqualTo(reference.contains(digest));
      } else {
        assertThat(set.add(digest)).isEqualTo(reference.add(digest));
      }
    }
    assertThat(set.size()).isEqualTo(reference.size()).isGreaterThan(50_000);
  }

  @Test
  void aDigestAndItsFirst128BitsAreTheSameKey() throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    DigestSet set = new DigestSet();
    byte[] digest = sha.digest("respondent 42".getBytes(StandardCharsets.UTF_8));
    java.nio.ByteBuffer bits = java.nio.ByteBuffer.wrap(digest);
    long high = bits.getLong(0);
    long low = bits.getLong(8);
    assertThat(set.add(high, low)).isTrue();
    assertThat(set.contains(hex(digest))).isTrue();
    assertThat(set.add(hex(digest))).isFalse();
    assertThat(set.contains(high, low + 1)).isFalse();
    assertThat(set.add(0, 0)).isTrue();
    set.reserve(5_000);
    assertThat(set.contains(high, low)).isTrue();
    assertThat(set.add(high, low)).isFalse();
    assertThatThrownBy(() -> set.reserve(Integer.MAX_VALUE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at most");
    assertThatThrownBy(() -> set.reserve(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(set.contains("0".repeat(64))).isTrue();
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void keepsTheZeroDigestAndValuesThatAreNotDigestsAsTheyAre() {
    DigestSet set = new DigestSet();
    String zero = "0".repeat(64);
    String upper = "AB".repeat(32);
    String lower = "ab".repeat(32);

    assertThat(set.contains(zero)).isFalse();
    assertThat(set.add(zero)).isTrue();
    assertThat(set.add(zero)).isFalse();
    assertThat(set.add(upper)).isTrue();
    assertThat(set.contains(lower)).isFalse();
    assertThat(set.add(lower)).isTrue();
    assertThat(set.add("not a digest")).isTrue();
    assertThat(set.contains("not a digest")).isTrue();
    assertThat(set.size()).isEqualTo(4);
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(64);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }
}
