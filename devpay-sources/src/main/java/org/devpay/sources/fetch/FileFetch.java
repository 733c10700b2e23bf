package org.devpay.sources.fetch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.catalog.DatasetFile;

/**
 * What fetching one catalogued file came to: where it is, whether its SHA-256 was checked, and why
 * it failed or was skipped.
 *
 * @param datasetId the dataset
 * @param file the catalogued file
 * @param outcome what happened
 * @param path the verified file on disk, when there is one
 * @param sha256 the SHA-256 computed for it, when a file was obtained or found
 * @param checksum how that SHA-256 compares with the catalog's
 * @param message one plain sentence for the user
 * @param failure the error category of a failure (empty unless {@link Outcome#FAILED})
 */
public record FileFetch(
    String datasetId,
    DatasetFile file,
    Outcome outcome,
    Optional<Path> path,
    Optional<String> sha256,
    Checksum checksum,
    String message,
    Optional<ErrorCategory> failure) {
  /** What happened to one file. */
  public enum Outcome {
    /** Downloaded (possibly resuming an earlier partial download) and verified. */
    DOWNLOADED,
    /** Copied from the mirror and verified. */
    COPIED_FROM_MIRROR,
    /** Already on disk with the catalog's checksum (or none recorded): nothing transferred. */
    ALREADY_PRESENT,
    /** Not attempted: no download address, or absent from the mirror. */
    SKIPPED,
    /** Attempted and refused or failed; see the message and category. */
    FAILED
  }

  /** How the file's SHA-256 compares with the catalog's. */
  public enum Checksum {
    /** Equal to the recorded SHA-256. */
    VERIFIED,
    /** The catalog records none: the computed one is reported so it can be recorded. */
    NOT_RECORDED,
    /** Different from the recorded SHA-256: the file was refused. */
    MISMATCH,
    /** No file was obtained. */
    NOT_CHECKED
  }

  public FileFetch {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(file, "file is null");
    requireNonNull(outcome, "outcome is null");
    requireNonNull(path, "path is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(checksum, "checksum is null");
    requireNonNull(message, "message is null");
    requireNonNull(failure, "failure is null");
    if ((outcome == Outcome.FAILED) != failure.isPresent()) {
      throw new IllegalArgumentException("a failure category goes with a FAILED outcome only");
    }
  }

  /** Whether a verified (or unrecorded) copy of the file is now on disk. */
  public boolean obtained() {
    return path.isPresent();
  }
}
