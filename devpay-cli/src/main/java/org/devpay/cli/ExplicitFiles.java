package org.devpay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;

/**
 * Files a user names explicitly (not directories to scan) must be read, or the command fails with
 * one message before anything is ingested: the closest known formats and the columns they need that
 * the file lacks, and how to read it anyway ({@code devpay inspect}, {@code --mapping}). A
 * directory scan, by contrast, skips what it does not know.
 */
final class ExplicitFiles {
  private ExplicitFiles() {}

  /**
   * Checks every regular file among {@code paths} (directories are left to the scan).
   *
   * @throws DevpayException BAD_INPUT_FILE (exit 4) naming the first file no reader recognises
   */
  static void requireRecognised(List<Path> paths) {
    FormatDetector detector = new FormatDetector(AdapterRegistry.standard());
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        continue;
      }
      List<SourceTable> tables;
      try {
        tables = SourceTables.tablesIn(path);
      } catch (IOException e) {
        // The ingest reports a file it cannot open, as for any file of a scan.
        continue;
      }
      List<Detection> detections = new ArrayList<>();
      for (SourceTable table : tables) {
        Detection detection = detector.detect(table);
        if (detection.recognised()) {
          detections.clear();
          break;
        }
        detections.add(detection);
      }
      if (!detections.isEmpty()) {
        throw new DevpayException(ErrorCategory.BAD_INPUT_FILE, explain(path, detections));
      }
    }
  }

  /** The one message for a file whose tables no reader recognises. */
  static String explain(Path file, List<Detection> detections) {
    StringBuilder message = new StringBuilder();
    List<Detection> aggregates =
        detections.stream().filter(d -> d.kind() == Detection.Kind.AGGREGATES).toList();
    if (aggregates.size() == detections.size()) {
      return file
          + ": not respondent data, so there is nothing to ingest: it is "
          + aggregates.get(0).skipReason();
    }
    message.append(file).append(": no devpay reader recognises ");
    message.append(detections.size() == 1 ? "it" : "any of its " + detections.size() + " tables");
    List<HeaderMatch> closest =
        detections.stream()
            .flatMap(d -> d.closest().stream())
            .sorted(
                java.util.Comparator.comparingDouble(HeaderMatch::coverage)
                    .reversed()
                    .thenComparing(HeaderMatch::formatId))
            .distinct()
            .limit(3)
            .toList();
    if (closest.isEmpty()) {
      Detection first = detections.get(0);
      message.append(" (").append(first.skipReason()).append(")");
      message.append("; no known format shares a needed column with it");
    } else {
      message.append("; closest known formats: ");
      message.append(
          closest.stream()
              .map(
                  m ->
                      m.formatId()
                          + " (lacks "
                          + m.missing().stream()
                              .map(c -> "'" + c + "'")
                              .collect(Collectors.joining(", "))
                          + (m.conflict().isEmpty() ? "" : "; " + m.conflict())
                          + ")")
              .collect(Collectors.joining(", ")));
    }
    message
        .append(". To read it anyway, `devpay inspect ")
        .append(file)
        .append("` shows its columns and proposes a mapping file; then `devpay ingest ")
        .append(file)
        .append(" --mapping MAP.yaml`");
    return message.toString();
  }
}
