package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzipped table reads as text like a plain one, byte-order mark included. */
class GzipSourceTableTest {
  @TempDir Path directory;

  @Test
  void opensGzippedTableAsTextSkippingTheByteOrderMark() throws IOException {
    Path file = directory.resolve("table.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }
    SourceTable table = SourceTables.tablesIn(file).get(0);

    ReadableTable readable = ReadableTable.detect(table);

    assertThat(table.entryName()).isEqualTo("table.csv");
    assertThat(readable.textFormat().orElseThrow().bomLength()).isEqualTo(3);
    assertThat(readable.header().rows()).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }
}
