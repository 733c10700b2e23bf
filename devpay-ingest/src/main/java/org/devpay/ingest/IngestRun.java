package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.devpay.core.error.ErrorCategory;

/**
 * The result of ingesting everything under some paths: one report per table or unopenable file, in
 * path order, so a run is summarised and reproduced the same way every time.
 *
 * @param reports one report per entry, sorted by file path and then entry name
 * @param duration wall time of the whole run
 */
public record IngestRun(List<IngestReport> reports, Duration duration) {
  public IngestRun {
    reports = List.copyOf(reports);
    requireNonNull(duration, "duration is null");
  }

  /** Number of reports with this outcome. */
  public long count(IngestOutcome outcome) {
    return reports.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Rows accepted in this run, over every table it ingested. */
  public long rowsAccepted() {
    return reports.stream().mapToLong(r -> r.rows().accepted()).sum();
  }

  /** Rows rejected in this run, over every table it ingested. */
  public long rowsRejected() {
    return reports.stream().mapToLong(r -> r.rows().rejected()).sum();
  }

  /** The category of the first failure, if any, from which the CLI derives its exit code. */
  public Optional<ErrorCategory> firstFailure() {
    return reports.stream().flatMap(r -> r.failureCategory().stream()).findFirst();
  }
}
