package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestRun;
import org.devpay.report.AnswerDocument;

/**
 * POST /api/ingest: adds one file to the store. Registered only when an ingest token is configured,
 * and every request must present it as a bearer token. The body is the file itself (CSV, gzipped
 * CSV or ZIP), at most the configured upload size; it is written to a private temporary directory
 * under its given name, ingested exactly as {@code ./devpay ingest} would (already-ingested content
 * is a no-op), then deleted.
 */
final class IngestResource implements Resource {
  static final String PATH = "/api/ingest";

  /** A plain file name: no directory parts, nothing a shell or a path would interpret. */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,119}");

  private static final Parameter NAME =
      new Parameter(
          "name",
          Parameter.Location.QUERY,
          true,
          "The file's name, with its extension (format detection reads the name and content).",
          List.of(),
          "IT Salary Survey EU 2019.csv",
          (value, snapshot) -> {
            if (!FILE_NAME.matcher(value).matches() || value.contains("..")) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT,
                  "name must be a plain file name (letters, digits, space, . _ ( ) + -; at most"
                      + " 120 characters)");
            }
            return value;
          });

  private final IngestAccess access;
  private final StoreSnapshots snapshots;
  private final long maxUploadBytes;
  private final PathRedaction redaction;

  IngestResource(
      IngestAccess access, StoreSnapshots snapshots, long maxUploadBytes, PathRedaction redaction) {
    this.access = requireNonNull(access, "access is null");
    this.snapshots = requireNonNull(snapshots, "snapshots is null");
    this.maxUploadBytes = maxUploadBytes;
    this.redaction = requireNonNull(redaction, "redaction is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "POST",
        PATH,
        "Ingest one file (only when the server has an ingest token)",
        "Send the file as the request body with `Authorization: Bearer TOKEN`. Answers with one"
            + " report per table: outcome (ingested, already_ingested, skipped, failed), format"
            + " and rows read = accepted + rejected, by reason. 422 when nothing in the file could"
            + " be ingested. Cached results are dropped as the data version changes.",
        List.of(NAME),
        Caching.NONE,
        List.of(400, 401, 413, 422),
        "IngestReport");
  }

  @Override
  public Response respond(Request request) throws IOException {
    Context ctx = request.context().orElseThrow();
    authorize(ctx);
    Path directory = Files.createTempDirectory("devpay-upload-");
    try {
      Path upload = directory.resolve(request.query().get("name").orElseThrow());
      copyBounded(ctx.bodyInputStream(), upload);
      IngestRun run = snapshots.ingest(upload, access.ingestors());
      // Files are named as uploaded ("survey.zip!2019.csv"), never by the private directory.
      PathRedaction names = redaction.and(directory);
      long usable =
          run.reports().stream()
              .filter(
                  r ->
                      r.outcome() == IngestOutcome.INGESTED
                          || r.outcome() == IngestOutcome.ALREADY_INGESTED)
              .count();
      if (usable == 0) {
        String reasons =
            run.reports().stream()
                .map(
                    r ->
                        r.outcome().name().toLowerCase(Locale.ROOT)
                            + ": "
                            + names.apply(r.detail()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("no table found");
        throw new DevpayException(
            ErrorCategory.BAD_INPUT_FILE,
            "nothing in the file could be ingested (" + reasons + ")");
      }
      return Response.json(report(run, snapshots.current().version(), names));
    } finally {
      deleteRecursively(directory);
    }
  }

  private void authorize(Context ctx) {
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null
        || !header.regionMatches(true, 0, prefix, 0, prefix.length())
        || !access.accepts(header.substring(prefix.length()).strip())) {
      // Read (and drop) the upload before refusing it: a server that answers while the client is
      // still sending and then closes the connection makes many clients lose the answer.
      drainBounded(ctx);
      throw new ApiProblem(
          401,
          "Unauthorized",
          "ingest needs the server's token: Authorization: Bearer TOKEN",
          Map.of("WWW-Authenticate", "Bearer realm=\"devpay ingest\""));
    }
  }

  private void drainBounded(Context ctx) {
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int read;
      while (total <= maxUploadBytes && (read = in.read(buffer)) >= 0) {
        total += read;
      }
    } catch (IOException e) {
      // The client went away: there is nobody left to refuse.
    }
  }

  private void copyBounded(InputStream in, Path target) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        total += read;
        if (total > maxUploadBytes) {
          throw RequestLimits.tooLarge(maxUploadBytes);
        }
        out.write(buffer, 0, read);
      }
    }
    if (total == 0) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "the request body (the file) is empty");
    }
  }

  private static ObjectNode report(IngestRun run, String version, PathRedaction names) {
    ObjectNode body = AnswerDocument.object();
    body.put("data_version", version);
    body.set("tables", IngestJson.render(run, names::apply));
    return body;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
