package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.devpay.report.AnswerDocument;

/**
 * GET /api/health: whether the server runs, which data version it serves and whether it is fresh.
 */
final class HealthResource implements Resource {
  private final StoreSnapshots snapshots;
  private final PathRedaction redaction;

  HealthResource(StoreSnapshots snapshots, PathRedaction redaction) {
    this.snapshots = requireNonNull(snapshots, "snapshots is null");
    this.redaction = requireNonNull(redaction, "redaction is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/health",
        "Server health and the data version served",
        "Always answered at once from memory, never waiting for a load. `status` is `ok` when"
            + " data is loaded, `loading` before the first load has finished and `no-data` before"
            + " anything was ingested; `stale` is true when the store changed but could not be"
            + " reloaded yet (an ingest holds it), with the reason in `refresh_error`. A new data"
            + " version is loaded in the background and replaces `data_version` at once when its"
            + " answers are ready.",
        List.of(),
        Caching.NONE,
        List.of(),
        "Health");
  }

  @Override
  public boolean waitsForFirstLoad() {
    return false;
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot();
    ObjectNode body = AnswerDocument.object();
    body.put(
        "status",
        snapshot.version().equals(Snapshot.LOADING_VERSION)
            ? "loading"
            : snapshot.editions().isEmpty() ? "no-data" : "ok");
    body.put("data_version", snapshot.version());
    body.put("loaded_at", snapshot.loadedAt().toString());
    body.put("editions", snapshot.editions().size());
    body.put("records", snapshot.records());
    // The store by its file name: a response never says where files lie on the server.
    body.put("store", snapshots.file().getFileName().toString());
    body.put("stale", snapshots.lastFailure().isPresent());
    snapshots.lastFailure().ifPresent(f -> body.put("refresh_error", redaction.apply(f.message())));
    return Response.json(body);
  }
}
