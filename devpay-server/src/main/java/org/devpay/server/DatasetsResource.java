package org.devpay.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.report.AnswerDocument;

/**
 * GET /api/datasets: every dataset edition served, what its pay figure is, where it comes from, and
 * the filter values it offers (each with at least k rows, so the list itself reveals no small
 * group).
 */
final class DatasetsResource implements Resource {
  private final PrivacyFloor floor;

  DatasetsResource(PrivacyFloor floor) {
    this.floor = floor;
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/datasets",
        "Dataset editions, their sources and their filter values",
        "One entry per dataset edition: title, publisher, licence, what the pay figure is, years,"
            + " currency, tax basis and pay scope, the number of records and ingested files, and"
            + " per filter (country, metro, seniority, industry, skill) the values held by at least"
            + " k records, with their counts.",
        List.of(),
        Caching.BY_DATA_VERSION,
        List.of(),
        "Datasets");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot();
    ObjectNode body = AnswerDocument.object();
    body.put("data_version", snapshot.version());
    body.put("privacy_floor_k", floor.minimumCellSize());
    ArrayNode editions = body.putArray("editions");
    for (Snapshot.EditionInfo info : snapshot.editions()) {
      ObjectNode e = editions.addObject();
      e.put("dataset", info.key().datasetId());
      e.put("edition", info.key().edition());
      e.put("title", info.citation().title());
      e.put("publisher", info.citation().publisher());
      e.put("licence", info.citation().licence());
      e.put("pay", info.citation().payDescription());
      ArrayNode years = e.putArray("years");
      info.years().forEach(years::add);
      ArrayNode currencies = e.putArray("currencies");
      info.currencies().forEach(currencies::add);
      e.put("basis", info.basis());
      e.put("scope", info.scope());
      e.put("records", info.rows());
      e.put("files", info.citation().files().size());
      ObjectNode facets = e.putObject("filters");
      for (String facet : Snapshot.FACETS) {
        ObjectNode values = facets.putObject(facet);
        SortedMap<String, Integer> counts = info.facets().get(facet);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
          values.put(entry.getKey(), entry.getValue());
        }
      }
    }
    return Response.json(body);
  }
}
