package org.devpay.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Finds the tables in files and directories: plain files, gzipped files, ZIP entries (macOS
 * resource forks skipped) and the sheets of XLSX workbooks. The order is sorted by path, so runs
 * are reproducible.
 */
public final class SourceTables {
  private SourceTables() {}

  /**
   * Lists every file under each path (a directory is walked recursively; hidden files skipped) with
   * its tables; a file that cannot be opened (a corrupt ZIP archive) becomes a failed entry instead
   * of ending the listing.
   *
   * @throws IOException when a path does not exist or a directory cannot be listed
   */
  public static List<DiscoveredFile> discoverFiles(List<Path> paths) throws IOException {
    List<DiscoveredFile> discovered = new ArrayList<>();
    for (Path file : files(paths)) {
      try {
        discovered.add(DiscoveredFile.listed(file, tablesIn(file)));
      } catch (IOException e) {
        discovered.add(DiscoveredFile.unopened(file, String.valueOf(e.getMessage())));
      }
    }
    return discovered;
  }

  /** The regular, non-hidden files under the paths, sorted so that runs are reproducible. */
  private static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new java.nio.file.NoSuchFileException(path.toString());
      }
    }
    Collections.sort(files);
    return files;
  }

  /** The tables inside one file. */
  public static List<SourceTable> tablesIn(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      List<SourceTable> sheets = new ArrayList<>();
      for (String sheet : org.devpay.sources.table.Tables.sheetNames(file)) {
        sheets.add(new SourceTable(file, sheet, SourceTable.Compression.SHEET));
      }
      return sheets;
    }
    if (name.endsWith(".xls")) {
      throw new IOException(
          "an Excel 97-2003 workbook (.xls), which devpay does not read: save it as XLSX or CSV");
    }
    if (name.endsWith(".zip")) {
      List<SourceTable> entries = new ArrayList<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> e = zip.entries();
        while (e.hasMoreElements()) {
          ZipEntry entry = e.nextElement();
          String entryName = entry.getName();
          String base = entryName.substring(entryName.lastIndexOf('/') + 1);
          if (entry.isDirectory() || entryName.startsWith("__MACOSX/") || base.startsWith("._")) {
            continue;
          }
          entries.add(new SourceTable(file, entryName, SourceTable.Compression.ZIP_ENTRY));
        }
      } catch (ZipException e) {
        throw new IOException(
            "not a readable ZIP archive: " + file + " (" + e.getMessage() + ")", e);
      }
      entries.sort((a, b) -> a.entryName().compareTo(b.entryName()));
      return entries;
    }
    if (name.endsWith(".gz")) {
      String fileName = file.getFileName().toString();
      return List.of(
          new SourceTable(
              file, fileName.substring(0, fileName.length() - 3), SourceTable.Compression.GZIP));
    }
    return List.of(
        new SourceTable(file, file.getFileName().toString(), SourceTable.Compression.NONE));
  }
}
