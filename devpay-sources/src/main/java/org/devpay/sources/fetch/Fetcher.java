package org.devpay.sources.fetch;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.Sha256;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetFile;
import org.devpay.sources.fetch.FileFetch.Checksum;
import org.devpay.sources.fetch.FileFetch.Outcome;

/**
 * Gets a catalogued dataset's files into {@code DIRECTORY/<dataset id>/<file name>}, either over
 * HTTP from their official addresses or from a local mirror folder (for offline machines), and
 * keeps only files whose SHA-256 matches the catalog.
 *
 * <p><b>Download.</b> Bytes go to {@code <file>.part} first. An interrupted transfer (connection
 * dropped, fewer bytes than announced) is resumed with an HTTP {@code Range: bytes=N-} request, up
 * to {@code attempts} times in one run; the part file stays for the next run otherwise. A server
 * that ignores the range (200 instead of 206) restarts the file from byte 0. 404 fails at once.
 *
 * <p><b>Verification.</b> When the catalog records a SHA-256, a file whose SHA-256 differs is
 * refused and deleted, never kept under the file's name. When it records none, the file is kept and
 * its computed SHA-256 is reported so it can be recorded. A file already at the target path is
 * checked the same way and never overwritten: a differing one is reported, not replaced.
 *
 * <p><b>Mirror.</b> With a mirror folder nothing goes over the network: each file is looked for at
 * {@code MIRROR/<local folder>/<name>} (the layout of the shared data directory), then {@code
 * MIRROR/<dataset id>/<name>} (the layout fetch writes), then {@code MIRROR/<name>}; a file found
 * nowhere is skipped. Files without a download address (local copies) can only come from a mirror.
 */
public final class Fetcher {
  /** Transfer attempts per file in one run, the first included. */
  public static final int DEFAULT_ATTEMPTS = 3;

  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
  private static final int BUFFER_BYTES = 1 << 16;

  private final Optional<HttpClient> client;
  private final Optional<Path> mirror;
  private final Path directory;
  private final FetchListener listener;
  private final int attempts;

  private Fetcher(
      Optional<HttpClient> client,
      Optional<Path> mirror,
      Path directory,
      FetchListener listener,
      int attempts) {
    this.client = client;
    this.mirror = mirror;
    this.directory = requireNonNull(directory, "directory is null");
    this.listener = requireNonNull(listener, "listener is null");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
    }
    this.attempts = attempts;
  }

  /** A fetcher that downloads over HTTP with this client, trying each file up to attempts times. */
  public static Fetcher overHttp(
      HttpClient client, Path directory, FetchListener listener, int attempts) {
    return new Fetcher(
        Optional.of(requireNonNull(client, "client is null")),
        Optional.empty(),
        directory,
        listener,
        attempts);
  }

  /** A fetcher that copies from a mirror folder and never uses the network. */
  public static Fetcher fromMirror(Path mirror, Path directory, FetchListener listener) {
    return new Fetcher(
        Optional.empty(),
        Optional.of(requireNonNull(mirror, "mirror is null")),
        directory,
        listener,
        1);
  }

  /** The HTTP client fetch uses by default: redirects followed, a 30-second connect timeout. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** Fetches every file of a dataset, in catalog order; never throws for a failed file. */
  public List<FileFetch> fetch(Dataset dataset) {
    requireNonNull(dataset, "dataset is null");
    List<FileFetch> results = new ArrayList<>();
    for (DatasetFile file : dataset.files()) {
      FileFetch result = fetch(dataset, file);
      listener.finished(result);
      results.add(result);
    }
    return results;
  }

  private FileFetch fetch(Dataset dataset, DatasetFile file) {
    Path target = directory.resolve(dataset.id()).resolve(file.fileName());
    try {
      if (Files.exists(target)) {
        return existing(dataset, file, target);
      }
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(file.fileName() + ".part");
      if (mirror.isPresent()) {
        Optional<Path> copy = findInMirror(dataset, file);
        if (copy.isEmpty()) {
          return skipped(dataset, file, "not in the mirror " + mirror.get());
        }
        copyFromMirror(file, copy.get(), part);
        return verifyAndKeep(dataset, file, part, target, Outcome.COPIED_FROM_MIRROR);
      }
      if (file.url().isEmpty()) {
        return skipped(
            dataset, file, "no download address (a local copy only: use --mirror to supply it)");
      }
      Optional<FileFetch> failed = download(dataset, file, file.url().get(), part);
      return failed.isPresent()
          ? failed.get()
          : verifyAndKeep(dataset, file, part, target, Outcome.DOWNLOADED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(dataset, file, ErrorCategory.ENVIRONMENT, "interrupted");
    } catch (IOException e) {
      return failed(
          dataset, file, ErrorCategory.ENVIRONMENT, "cannot be written or read: " + e.getMessage());
    }
  }

  /** A file already at the target: kept when it checks out, reported when it does not. */
  private FileFetch existing(Dataset dataset, DatasetFile file, Path target) throws IOException {
    String sha = Sha256.of(target);
    if (file.sha256().isPresent() && !file.sha256().get().equals(sha)) {
      return mismatch(
          dataset,
          file,
          sha,
          target
              + " already exists but its sha256 "
              + sha
              + " differs from the catalog's "
              + file.sha256().get()
              + "; it was left alone: remove it to fetch the published file");
    }
    Checksum checksum = file.sha256().isPresent() ? Checksum.VERIFIED : Checksum.NOT_RECORDED;
    return new FileFetch(
        dataset.id(),
        file,
        Outcome.ALREADY_PRESENT,
        Optional.of(target),
        Optional.of(sha),
        checksum,
        "already present" + (checksum == Checksum.VERIFIED ? ", sha256 verified" : ""),
        Optional.empty());
  }

  private Optional<Path> findInMirror(Dataset dataset, DatasetFile file) {
    Path root = mirror.orElseThrow();
    List<Path> candidates = new ArrayList<>();
    dataset.localFolder().ifPresent(folder -> candidates.add(root.resolve(folder)));
    candidates.add(root.resolve(dataset.id()));
    candidates.add(root);
    return candidates.stream()
        .map(folder -> folder.resolve(file.fileName()))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private void copyFromMirror(DatasetFile file, Path source, Path part) throws IOException {
    long size = Files.size(source);
    listener.started(file, OptionalLong.of(size), 0);
    try (InputStream in = Files.newInputStream(source);
        OutputStream out = Files.newOutputStream(part)) {
      transfer(file, in, out, 0);
    }
  }

  /**
   * Downloads into the part file, resuming it; empty when the part file now holds the whole body.
   */
  private Optional<FileFetch> download(Dataset dataset, DatasetFile file, URI url, Path part)
      throws IOException, InterruptedException {
    String lastProblem = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      long held = Files.exists(part) ? Files.size(part) : 0;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url).GET().header("User-Agent", "devpay-fetch");
      if (held > 0) {
        request.header("Range", "bytes=" + held + "-");
      }
      HttpResponse<InputStream> response;
      try {
        response =
            client.orElseThrow().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        lastProblem = "cannot reach " + url.getHost() + ": " + e.getMessage();
        continue;
      }
      int status = response.statusCode();
      OptionalLong total;
      boolean append;
      try (InputStream body = response.body()) {
        if (status == 416 && held > 0) {
          // The part file already holds every byte: verification decides whether it is right.
          return Optional.empty();
        }
        if (status == 404) {
          return Optional.of(
              failed(dataset, file, ErrorCategory.MISSING_DATA, "not found at " + url + " (404)"));
        }
        if (status == 206) {
          Matcher range =
              CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
          if (!range.matches() || Long.parseLong(range.group(1)) != held) {
            // Not the range asked for: start this file again from the first byte.
            Files.deleteIfExists(part);
            lastProblem = "the server answered another range than asked";
            continue;
          }
          append = true;
          total =
              range.group(3).equals("*")
                  ? file.bytes()
                  : OptionalLong.of(Long.parseLong(range.group(3)));
        } else if (status == 200) {
          append = false;
          held = 0;
          OptionalLong length = response.headers().firstValueAsLong("Content-Length");
          total = length.isPresent() ? length : file.bytes();
        } else {
          return Optional.of(
              failed(
                  dataset,
                  file,
                  status >= 400 && status < 500
                      ? ErrorCategory.MISSING_DATA
                      : ErrorCategory.ENVIRONMENT,
                  "the server answered HTTP " + status + " for " + url));
        }
        listener.started(file, total, held);
        try (OutputStream out =
            append
                ? Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(part)) {
          transfer(file, body, out, held);
        } catch (IOException e) {
          lastProblem = "the connection dropped: " + e.getMessage();
          continue;
        }
      }
      long size = Files.size(part);
      if (total.isPresent() && size < total.getAsLong()) {
        lastProblem = "the transfer stopped after " + size + " of " + total.getAsLong() + " bytes";
        continue;
      }
      return Optional.empty();
    }
    long size = Files.exists(part) ? Files.size(part) : 0;
    return Optional.of(
        failed(
            dataset,
            file,
            ErrorCategory.ENVIRONMENT,
            "download incomplete after "
                + attempts
                + " attempt(s), "
                + size
                + " bytes held in "
                + part.getFileName()
                + " ("
                + lastProblem
                + "); run fetch again to resume"));
  }

  private void transfer(DatasetFile file, InputStream in, OutputStream out, long held)
      throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = held;
    int read;
    while ((read = in.read(buffer)) != -1) {
      out.write(buffer, 0, read);
      total += read;
      listener.progressed(file, total);
    }
  }

  /** Checks the part file's SHA-256, then gives it the file's name or refuses it. */
  private FileFetch verifyAndKeep(
      Dataset dataset, DatasetFile file, Path part, Path target, Outcome outcome)
      throws IOException {
    String sha = Sha256.of(part);
    if (file.sha256().isPresent() && !file.sha256().get().equals(sha)) {
      Files.delete(part);
      return mismatch(
          dataset,
          file,
          sha,
          "refused: its sha256 "
              + sha
              + " differs from the published "
              + file.sha256().get()
              + " (the bytes were deleted)");
    }
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    boolean recorded = file.sha256().isPresent();
    return new FileFetch(
        dataset.id(),
        file,
        outcome,
        Optional.of(target),
        Optional.of(sha),
        recorded ? Checksum.VERIFIED : Checksum.NOT_RECORDED,
        recorded
            ? "sha256 verified"
            : "no sha256 recorded in the catalog; computed " + sha + " (record it to pin the file)",
        Optional.empty());
  }

  /** A file refused because its SHA-256 differs from the catalog's. */
  private static FileFetch mismatch(Dataset dataset, DatasetFile file, String sha, String why) {
    return new FileFetch(
        dataset.id(),
        file,
        Outcome.FAILED,
        Optional.empty(),
        Optional.of(sha),
        Checksum.MISMATCH,
        why,
        Optional.of(ErrorCategory.BAD_INPUT_FILE));
  }

  private static FileFetch skipped(Dataset dataset, DatasetFile file, String why) {
    return new FileFetch(
        dataset.id(),
        file,
        Outcome.SKIPPED,
        Optional.empty(),
        Optional.empty(),
        Checksum.NOT_CHECKED,
        why,
        Optional.empty());
  }

  private static FileFetch failed(
      Dataset dataset, DatasetFile file, ErrorCategory category, String why) {
    return new FileFetch(
        dataset.id(),
        file,
        Outcome.FAILED,
        Optional.empty(),
        Optional.empty(),
        Checksum.NOT_CHECKED,
        why,
        Optional.of(category));
  }
}
