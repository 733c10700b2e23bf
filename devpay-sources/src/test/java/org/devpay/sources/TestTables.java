package org.devpay.sources;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small hand-made tables for edge-case tests, so each test states its input in full and no
 * real data file is copied into the project.
 */
public final class TestTables {
  private TestTables() {}

  /** Writes text in a charset and returns it as a plain (uncompressed) table. */
  public static SourceTable write(Path dir, String fileName, String text, Charset charset)
      throws IOException {
    Path file = dir.resolve(fileName);
    Files.write(file, text.getBytes(charset));
    return new SourceTable(file, fileName, SourceTable.Compression.NONE);
  }

  /** Writes UTF-8 text preceded by a byte-order mark, as Excel saves "CSV UTF-8". */
  public static SourceTable writeWithBom(Path dir, String fileName, String text)
      throws IOException {
    Path file = dir.resolve(fileName);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);
    return new SourceTable(file, fileName, SourceTable.Compression.NONE);
  }

  /** Reads a table with an adapter and collects what it emits. */
  public static AdapterContractTest.Collected read(SourceAdapter adapter, SourceTable table)
      throws IOException {
    AdapterContractTest.Collected collected = new AdapterContractTest.Collected();
    adapter.read(table, collected);
    return collected;
  }
}
