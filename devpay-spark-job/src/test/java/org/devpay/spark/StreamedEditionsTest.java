package org.devpay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.synth.SynthFormat;
import org.devpay.sources.synth.SyntheticSurvey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The answer's streamed editions ({@link StreamedEditions}: items sorted into the store's order,
 * walked once into columns) give exactly the gathered editions' answer ({@link
 * SparkJob.EditionResult#answer}: every row held, then core's record path), on tables that exercise
 * every refusal: rows repeated from an earlier table, rows of a known respondent with other
 * content, a table that failed, two editions in one partition, and the outcomes of no edition. Runs
 * the tasks' code without Spark, on synthetic surveys read by the real adapters.
 */
class StreamedEditionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JobSettings JOB =
      new JobSettings(300, 20250119L, 0.95, "professional", 10, "", List.of(), List.of(), false);

  @TempDir static Path temp;

  /** Every item of the tables, in ingest order, keyed by edition as the tasks emit them. */
  static List<Tuple2<String, TableReads.Item>> items;

  @BeforeAll
  static void read() throws Exception {
    Path so = SyntheticSurvey.write(temp.resolve("so"), SynthFormat.SO_2024, 3_000, 11).file();
    Path dou = SyntheticSurvey.write(temp.resolve("dou"), SynthFormat.DOU, 2_000, 12).file();
    List<String> lines = Files.readAllLines(so);
    List<String> repeats = new ArrayList<>(List.of(lines.get(0)));
    // The same rows again (the same content), then known respondents with another answer (the
    // same pay, so each is accepted exactly when its respondent's first row was).
    repeats.addAll(lines.subList(1, 201));
    String branch = ",I am a developer by profession,";
    lines.subList(201, lines.size()).stream()
        .filter(l -> l.contains(branch))
        .limit(200)
        .forEach(l -> repeats.add(l.replace(branch, ",I am a developer by profession ,")));
    // And 100 new respondents, so that the table keeps rows and is cited.
    lines.subList(601, 701).forEach(l -> repeats.add("80000" + l));
    List<String> failing = new ArrayList<>(List.of(lines.get(0)));
    // New respondents, in a table whose read fails: none of them may be kept.
    lines.subList(401, 601).forEach(l -> failing.add("90000" + l));
    // The survey's file name says its year: each table keeps it, in a folder of its own.
    String name = so.getFileName().toString();
    Path repeated =
        Files.write(Files.createDirectories(temp.resolve("repeated")).resolve(name), repeats);
    Path failed =
        Files.write(Files.createDirectories(temp.resolve("failed")).resolve(name), failing);

    items = new ArrayList<>();
    List<Path> tables = List.of(so, dou, repeated, failed);
    for (int i = 0; i < tables.size(); i++) {
      SourceTable table = SourceTables.tablesIn(tables.get(i)).get(0);
      TableReads.Ref ref = TableReads.Ref.of(i, table);
      Iterator<Tuple2<String, TableReads.Item>> stream =
          TableReads.stream(ref, table.contentSha256());
      while (stream.hasNext()) {
        Tuple2<String, TableReads.Item> item = stream.next();
        TableReads.Outcome o = item._2().outcome();
        if (i == 3 && o != null) {
          // The read failed at the table's end: its outcome goes to its edition and to none.
          TableReads.Outcome failure =
              new TableReads.Outcome(
                  o.ref(), o.sha256(), o.formatId(), o.datasetId(), 0, 0, 0, "", "read failed");
          items.add(new Tuple2<>(item._1(), new TableReads.Item(null, failure)));
          items.add(new Tuple2<>(TableReads.NO_EDITION, new TableReads.Item(null, failure)));
        } else {
          items.add(item);
        }
      }
    }
  }

  @Test
  void theStreamedEditionsAreTheGatheredOnes() throws Exception {
    Map<String, SparkJob.EditionResult> gathered = gathered();
    for (int partitions : new int[] {1, 3}) {
      Map<String, SparkJob.EditionResult> streamed = streamed(partitions);
      assertThat(streamed.keySet()).isEqualTo(gathered.keySet());
      for (String edition : gathered.keySet()) {
        SparkJob.EditionResult g = gathered.get(edition);
        SparkJob.EditionResult s = streamed.get(edition);
        assertThat(s.node()).as(edition).isEqualTo(g.node());
        assertThat(s.unused()).as(edition).isEqualTo(g.unused());
      }
    }
    // Two editions answered, and the failed table reported under no edition.
    assertThat(gathered.values().stream().filter(r -> !r.node().isEmpty())).hasSize(2);
    assertThat(gathered.get(TableReads.NO_EDITION).unused())
        .extracting(TableReads.Outcome::failed)
        .containsExactly("read failed");
  }

  @Test
  void theStreamedEditionKeepsWhatTheStoreKeeps() throws Exception {
    JsonNode so = null;
    for (SparkJob.EditionResult result : streamed(2).values()) {
      if (!result.node().isEmpty()) {
        JsonNode node = JSON.readTree(result.node());
        if (node.get("edition").asText().equals("2024")
            && node.get("dataset").asText().startsWith("so-")) {
          so = node;
        }
      }
    }
    assertThat(so).isNotNull();
    // The first table and the table of repeats are cited; the failed one is not. Of the repeats,
    // only the new respondents are kept: 200 rows are refused as the same content, 200 as a
    // respondent already kept (or rejected, as their first rows were).
    JsonNode sources = so.get("sources");
    assertThat(sources).hasSize(2);
    Map<String, JsonNode> bySha = new TreeMap<>();
    sources.forEach(s -> bySha.put(s.get("sha256").asText(), s));
    JsonNode repeated = bySha.get(sha(temp.resolve("repeated")));
    assertThat(repeated.get("rows_read").asLong()).isEqualTo(500);
    assertThat(repeated.get("rows_accepted").asLong()).isBetween(90L, 100L);
    assertThat(repeated.get("rows_accepted").asLong() + repeated.get("rows_rejected").asLong())
        .isEqualTo(500);
    JsonNode first = bySha.get(sha(temp.resolve("so")));
    assertThat(first.get("rows_read").asLong()).isEqualTo(3_000);
    assertThat(first.get("rows_accepted").asLong() + first.get("rows_rejected").asLong())
        .isEqualTo(3_000);
  }

  /** The content hash of the one table in a folder. */
  private static String sha(Path folder) throws Exception {
    try (java.util.stream.Stream<Path> files = Files.list(folder)) {
      return SourceTables.tablesIn(files.findFirst().orElseThrow()).get(0).contentSha256();
    }
  }

  /** Each edition's items gathered, as groupByKey hands them over, then answered. */
  private static Map<String, SparkJob.EditionResult> gathered() throws Exception {
    Map<String, List<TableReads.Item>> byEdition = new LinkedHashMap<>();
    for (Tuple2<String, TableReads.Item> item : items) {
      byEdition.computeIfAbsent(item._1(), k -> new ArrayList<>()).add(item._2());
    }
    int[] rank = {0, 1, 2, 3};
    Map<String, SparkJob.EditionResult> out = new TreeMap<>();
    for (Map.Entry<String, List<TableReads.Item>> e : byEdition.entrySet()) {
      out.put(e.getKey(), SparkJob.EditionResult.answer(e.getValue(), rank, null, JOB));
    }
    return out;
  }

  /** The items keyed, partitioned and sorted as the shuffle does, then each partition walked. */
  private static Map<String, SparkJob.EditionResult> streamed(int partitions) {
    StreamedEditions.ByEdition partitioner = new StreamedEditions.ByEdition(partitions);
    List<List<Tuple2<StreamedEditions.Key, TableReads.Item>>> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      parts.add(new ArrayList<>());
    }
    for (Tuple2<String, TableReads.Item> item : items) {
      StreamedEditions.Key key = StreamedEditions.ofFiles(item._1(), item._2());
      parts.get(partitioner.getPartition(key)).add(new Tuple2<>(key, item._2()));
    }
    Map<String, SparkJob.EditionResult> out = new TreeMap<>();
    StreamedEditions.Order order = new StreamedEditions.Order();
    for (List<Tuple2<StreamedEditions.Key, TableReads.Item>> part : parts) {
      part.sort((a, b) -> order.compare(a._1(), b._1()));
      StreamedEditions.answer(part.iterator(), null, JOB)
          .forEachRemaining(t -> assertThat(out.put(t._1(), t._2())).isNull());
    }
    return out;
  }
}
