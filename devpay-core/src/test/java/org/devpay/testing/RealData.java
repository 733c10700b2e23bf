package org.devpay.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the real datasets for tests. They are never copied into the project: they are read from
 * the directory named by the system property {@code devpay.data.dir} (the build sets it to {@code
 * ../shared/data}). When they are absent, a test is skipped with a clear message, except under
 * {@code CI=true}, where their absence fails the build.
 */
public final class RealData {
  public static final String PROPERTY = "devpay.data.dir";

  /** The system property naming the fixtures directory, when it is not beside the data. */
  public static final String FIXTURES_PROPERTY = "devpay.fixtures.dir";

  private RealData() {}

  /** The data directory, or skips (fails under CI) when it is not there. */
  public static Path dir() {
    String configured = System.getProperty(PROPERTY, "../shared/data");
    Path dir = Paths.get(configured).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      unavailable("real datasets not found at " + dir + " (set -D" + PROPERTY + "=DIR)");
    }
    return dir;
  }

  /** A file or folder inside the data directory, or skips (fails under CI) when it is absent. */
  public static Path file(String relative) {
    Path path = dir().resolve(relative);
    if (!Files.exists(path)) {
      unavailable("real dataset file not found: " + path);
    }
    return path;
  }

  /**
   * A file of the real-row fixtures ({@code ../shared/fixtures}, beside the data directory, or the
   * directory named by {@code devpay.fixtures.dir}), or skips (fails under CI) when it is absent.
   * Fixtures test readers on real headers and spellings; they never feed a published figure.
   */
  public static Path fixture(String relative) {
    String configured = System.getProperty(FIXTURES_PROPERTY);
    Path dir =
        configured != null
            ? Paths.get(configured).toAbsolutePath().normalize()
            : dir().resolveSibling("fixtures");
    Path path = dir.resolve(relative);
    if (!Files.exists(path)) {
      unavailable(
          "real fixture file not found: " + path + " (set -D" + FIXTURES_PROPERTY + "=DIR)");
    }
    return path;
  }

  /**
   * The names of the dataset folders of the data directory: every folder but {@code reference},
   * which holds normalisation tables rather than pay data.
   */
  public static List<String> datasetFolders() {
    try (Stream<Path> children = Files.list(dir())) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("reference"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when running in CI, where missing data is an error rather than a reason to skip. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static void unavailable(String message) {
    if (inCi()) {
      throw new IllegalStateException(message + "; CI=true requires the real datasets");
    }
    Assumptions.abort(message);
  }
}
