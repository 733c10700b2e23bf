package org.devpay.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory that lives as long as the test JVM and is deleted, with everything in it,
 * when the JVM exits: for the stores ingested once per JVM, which no test's own temporary directory
 * outlives.
 */
public final class ScratchDirectory {
  private ScratchDirectory() {}

  public static Path create(String prefix) throws IOException {
    Path directory = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory)));
    return directory;
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ScratchDirectory::delete);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not delete " + directory + ": " + e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
