package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTablesDiscoverFilesTest {
  @TempDir Path dir;

  @Test
  void reportsACorruptZipAsAFailedEntryAndStillListsTheOtherFiles() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "x\n1\n");
    Files.write(
        dir.resolve("b.zip"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8));
    writeZip(dir.resolve("c.zip"), "inner/two.csv", "inner/one.csv");

    List<DiscoveredFile> files = SourceTables.discoverFiles(List.of(dir));

    assertThat(files)
        .extracting(DiscoveredFile::file)
        .containsExactly(dir.resolve("a.csv"), dir.resolve("b.zip"), dir.resolve("c.zip"));
    assertThat(files.get(0).tables()).extracting(SourceTable::entryName).containsExactly("a.csv");
    assertThat(files.get(1).failed()).isTrue();
    assertThat(files.get(1).failure()).hasValueSatisfying(r -> assertThat(r).contains("b.zip"));
    assertThat(files.get(2).tables())
        .extracting(SourceTable::entryName)
        .containsExactly("inner/one.csv", "inner/two.csv");
  }

  @Test
  void listingTheTablesOfACorruptZipThrows() throws IOException {
    Path zip = Files.write(dir.resolve("b.zip"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> SourceTables.tablesIn(zip))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable ZIP archive");
  }

  @Test
  void aMissingPathIsAnErrorNotAFailedEntry() {
    assertThatThrownBy(() -> SourceTables.discoverFiles(List.of(dir.resolve("absent.csv"))))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static void writeZip(Path zip, String... entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream zipOut = new ZipOutputStream(out)) {
      for (String entry : entries) {
        zipOut.putNextEntry(new ZipEntry(entry));
        zipOut.write("x\n1\n".getBytes(StandardCharsets.UTF_8));
        zipOut.closeEntry();
      }
    }
  }
}
