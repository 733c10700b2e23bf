package org.devpay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an R script of {@code src/test/resources/golden} (an independent computation, such as
 * metafor's pooling) on a CSV and reads the CSV it writes. Skips the test when Rscript is absent,
 * except under {@code CI=true}, where its absence fails the build.
 */
final class Rscript {
  private Rscript() {}

  static List<Map<String, String>> run(String script, Path input, Path output)
      throws IOException, InterruptedException {
    Path source = Paths.get("src", "test", "resources", "golden", script).toAbsolutePath();
    Process process;
    try {
      process =
          new ProcessBuilder("Rscript", source.toString(), input.toString(), output.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      String message = "Rscript (R with metafor) is not installed: " + e.getMessage();
      if (RealData.inCi()) {
        throw new IllegalStateException(message + "; CI=true requires it");
      }
      Assumptions.abort(message);
      return List.of();
    }
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("Rscript " + script + " failed: " + log);
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    List<String> header = cells(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** R's write.csv cells: quoted strings without commas inside, bare numbers. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      out.add(cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell);
    }
    return out;
  }
}
