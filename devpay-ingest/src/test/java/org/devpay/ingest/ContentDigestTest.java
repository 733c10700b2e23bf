package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity digest against its definition, computed here independently: SHA-256 of the text with
 * a leading BOM dropped, CR LF and lone CR read as LF and the final line ends dropped. The texts
 * are longer than the 64 KiB read buffer, with line ends (CR LF split across buffers included) at
 * random places, so the digest cannot depend on where the buffers split.
 */
class ContentDigestTest {
  @TempDir Path dir;

  @Test
  void theIdentityIsTheSha256OfTheTextWithItsLineEndsNormalised() throws Exception {
    Random random = new Random(11);
    String[] ends = {"\n", "\r\n", "\r", "\r\r\n", "\n\n"};
    for (int copy = 0; copy < 20; copy++) {
      StringBuilder text = new StringBuilder();
      if (copy % 3 == 0) {
        text.append('\uFEFF');
      }
      while (text.length() < 200_000) {
        int length = random.nextInt(copy % 2 == 0 ? 300 : 5);
        for (int i = 0; i < length; i++) {
          text.append((char) ('a' + random.nextInt(26)));
        }
        text.append(ends[random.nextInt(ends.length)]);
      }
      if (copy % 4 == 1) {
        text.append("\r\n\r\n");
      }
      Path file = dir.resolve("copy-" + copy + ".csv");
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      SourceTable table = SourceTables.tablesIn(file).get(0);

      ContentDigest digest = ContentDigest.of(table, sha256(bytes), DecompressionLimits.DEFAULTS);

      String normalised =
          text.toString()
              .replaceFirst("^\uFEFF", "")
              .replace("\r\n", "\n")
              .replace('\r', '\n')
              .replaceFirst("\n+$", "");
      assertThat(digest.identitySha256())
          .as("copy %d", copy)
          .isEqualTo(sha256(normalised.getBytes(StandardCharsets.UTF_8)));
      assertThat(digest.sha256()).isEqualTo(sha256(bytes));
      assertThat(digest.bytes()).isEqualTo(bytes.length);
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void anEmptyTableHasTheDigestOfNoBytes() throws IOException, NoSuchAlgorithmException {
    Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
    ContentDigest digest =
        ContentDigest.of(
            SourceTables.tablesIn(file).get(0), sha256(new byte[0]), DecompressionLimits.DEFAULTS);
    assertThat(digest.identitySha256()).isEqualTo(sha256(new byte[0]));
  }
}
