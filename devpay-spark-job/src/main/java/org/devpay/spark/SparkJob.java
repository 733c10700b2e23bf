package org.devpay.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.EditionComparison;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.report.AnswerDocument;
import org.devpay.report.ComparisonDocument;
import org.devpay.sources.DiscoveredFile;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import scala.Tuple2;

/**
 * The answer and the comparison as Spark jobs over the same files as {@code devpay answer} (each
 * table read by one task through the same adapters and normalizer) or over the Parquet {@code
 * devpay export} writes. Every edition's rows are gathered to one task, which runs core's
 * per-edition analysis on them (population, screens, disclosure control, quartiles, bootstraps with
 * the same seed, least squares); the driver only assembles and pools. The documents are those of
 * {@code devpay answer --format json} and {@code devpay compare --format json}.
 */
final class SparkJob implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final JavaSparkContext context;

  private SparkJob(SparkSession spark) {
    this.spark = spark;
    this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /**
   * Starts a session on a master; a master that cannot be reached fails fast (a few seconds) with
   * ENVIRONMENT, before anything is computed.
   */
  static SparkJob start(String master) {
    probe(master);
    try {
      SparkSession session =
          SparkSession.builder()
              .appName("devpay")
              .master(master)
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "8")
              .getOrCreate();
      return new SparkJob(session);
    } catch (RuntimeException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot start Spark on " + master + ": " + oneLine(e) + " (nothing was computed)",
          e);
    }
  }

  /**
   * Tries the master's port (each host of an HA list) with a short timeout: Spark itself retries a
   * standalone master that does not answer for a minute or more.
   */
  static void probe(String master) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    if (master.startsWith("spark://")) {
      for (String hostPort : master.substring("spark://".length()).split(",")) {
        addresses.add(address(master, hostPort, 7077));
      }
    } else if (master.startsWith("k8s://")) {
      URI uri = URI.create(master.substring("k8s://".length()));
      String host = uri.getHost() == null ? master.substring("k8s://".length()) : uri.getHost();
      int port = uri.getPort() > 0 ? uri.getPort() : 443;
      addresses.add(new InetSocketAddress(host, port));
    } else if (!master.startsWith("local")) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "unknown --master '"
              + master
              + "': local[N], local[*], spark://HOST:PORT or k8s://https://HOST:PORT");
    }
    if (addresses.isEmpty()) {
      return;
    }
    String last = "";
    for (InetSocketAddress address : addresses) {
      try (Socket socket = new Socket()) {
        socket.connect(address, 3000);
        return;
      } catch (IOException e) {
        last = String.valueOf(e.getMessage());
      }
    }
    throw new DevpayException(
        ErrorCategory.ENVIRONMENT,
        "cannot reach the Spark master " + master + " (" + last + "); nothing was computed");
  }

  private static InetSocketAddress address(String master, String hostPort, int defaultPort) {
    int colon = hostPort.lastIndexOf(':');
    try {
      return colon < 0
          ? new InetSocketAddress(hostPort, defaultPort)
          : new InetSocketAddress(
              hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "bad --master '" + master + "': " + e.getMessage(), e);
    }
  }

  /** An edition's rows, gathered to one task, with what they rest on. */
  record Input(JavaPairRDD<String, EditionRows> editions, Citations citations) {}

  /**
   * The records of the tables under the paths, one task per table, as {@code devpay ingest} would
   * store them in a new store: identical tables read once, duplicate rows refused.
   *
   * @param report receives one line per table that gave no records (skipped or failed)
   */
  Input fromFiles(List<Path> paths, java.io.PrintWriter report) {
    List<DiscoveredFile> files;
    try {
      files = SourceTables.discoverFiles(paths);
    } catch (NoSuchFileException e) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA, "no such file or directory: " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new DevpayException(ErrorCategory.ENVIRONMENT, "cannot list the input: " + e, e);
    }
    List<TableReads.Ref> refs = new ArrayList<>();
    for (DiscoveredFile file : files) {
      file.failure().ifPresent(f -> report.println("failed: " + file.file() + ": " + f));
      for (SourceTable table : file.tables()) {
        refs.add(TableReads.Ref.of(refs.size(), table));
      }
    }
    if (refs.isEmpty()) {
      throw new DevpayException(ErrorCategory.MISSING_DATA, "no table found under " + paths);
    }
    // Stage 1: content hashes, one task per table; a table whose content was already read is
    // skipped as the store skips an already-ingested one.
    List<String> hashes = context.parallelize(refs, refs.size()).map(TableReads::sha256).collect();
    Map<String, TableReads.Ref> first = new LinkedHashMap<>();
    List<Tuple2<TableReads.Ref, String>> toRead = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      TableReads.Ref ref = refs.get(i);
      String sha = hashes.get(i);
      if (sha.isEmpty()) {
        report.println("failed: " + ref.path() + " " + ref.entryName() + ": cannot be read");
      } else if (first.containsKey(sha)) {
        report.println(
            "skipped: "
                + ref.path()
                + " "
                + ref.entryName()
                + ": same content as an earlier table");
      } else {
        first.put(sha, ref);
        toRead.add(new Tuple2<>(ref, sha));
      }
    }
    // Stage 2: every table through its adapter and the normalizer, one task per table.
    JavaRDD<TableReads.Part> parts =
        context
            .parallelize(toRead, Math.max(1, toRead.size()))
            .map(t -> TableReads.read(t._1(), t._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<Integer, TableReads.Outcome> outcomes = new TreeMap<>();
    for (TableReads.Outcome outcome : parts.map(TableReads.Part::outcome).collect()) {
      outcomes.put(outcome.ref().index(), outcome);
      if (!outcome.skipped().isEmpty()) {
        report.println(
            "skipped: "
                + outcome.ref().path()
                + " "
                + outcome.ref().entryName()
                + ": "
                + outcome.skipped());
      } else if (!outcome.failed().isEmpty()) {
        report.println(
            "failed: "
                + outcome.ref().path()
                + " "
                + outcome.ref().entryName()
                + ": "
                + outcome.failed()
                + " (nothing of this table was used)");
      }
    }
    // The store reads an edition's records by table path and entry name, then row number.
    int[] rank = new int[refs.size()];
    List<TableReads.Ref> byName = new ArrayList<>(refs);
    byName.sort(
        Comparator.comparing(TableReads.Ref::path).thenComparing(TableReads.Ref::entryName));
    for (int i = 0; i < byName.size(); i++) {
      rank[byName.get(i).index()] = i;
    }
    JavaRDD<Row> rows = parts.flatMap(p -> p.rows().iterator());
    JavaPairRDD<String, EditionRows> editions =
        rows.keyBy(SparkJob::editionOf)
            .groupByKey()
            .mapValues(edition -> EditionRows.fromFiles(edition, rank))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Per edition, the tables holding its kept rows and the duplicates each had refused.
    List<Tuple2<String, Tuple2<Set<Integer>, Map<Integer, Long>>>> sources =
        editions
            .mapValues(
                e -> {
                  Set<Integer> tables = new TreeSet<>();
                  for (Row row : e.rows()) {
                    tables.add(row.<Integer>getAs("table_index"));
                  }
                  return new Tuple2<Set<Integer>, Map<Integer, Long>>(
                      tables, new HashMap<>(e.duplicates()));
                })
            .collect();
    Map<Integer, Long> duplicates = new HashMap<>();
    for (var source : sources) {
      source._2()._2().forEach((table, n) -> duplicates.merge(table, n, Long::sum));
    }
    Map<EditionKey, List<Citations.File>> cited = new TreeMap<>();
    for (var source : sources) {
      List<Citations.File> tables = new ArrayList<>();
      for (int index : source._2()._1()) {
        TableReads.Outcome o = outcomes.get(index);
        long refused = duplicates.getOrDefault(index, 0L);
        tables.add(
            new Citations.File(
                o.ref().path(),
                o.ref().entryName(),
                o.sha256(),
                o.formatId(),
                o.rowsRead(),
                o.rowsAccepted() - refused,
                o.rowsRejected() + refused));
      }
      tables.sort(
          Comparator.comparing(Citations.File::path)
              .thenComparing(Citations.File::entryName)
              .thenComparing(Citations.File::sha256));
      cited.put(key(source._1()), tables);
    }
    parts.unpersist(false);
    return new Input(editions, Citations.of(cited));
  }

  /**
   * The records of a {@code devpay export --format parquet} folder (its {@code records} sub-folder
   * when there is one), read with {@code spark.read.parquet}.
   */
  Input fromParquet(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA, "no such folder: " + folder + " (--parquet names a folder)");
    }
    Path records =
        Files.isDirectory(folder.resolve("records")) ? folder.resolve("records") : folder;
    Dataset<Row> rows;
    try {
      rows =
          spark
              .read()
              .option("recursiveFileLookup", "true")
              .option("pathGlobFilter", "*.parquet")
              .parquet(records.toAbsolutePath().toString())
              .selectExpr(RecordRows.columns());
    } catch (RuntimeException e) {
      throw new DevpayException(
          ErrorCategory.BAD_INPUT_FILE,
          "cannot read the Parquet under " + records + ": " + oneLine(e),
          e);
    }
    Map<String, Long> rejected = new HashMap<>();
    Path rejections = folder.resolve("rejections");
    if (Files.isDirectory(rejections)) {
      for (Row r :
          spark
              .read()
              .option("recursiveFileLookup", "true")
              .option("pathGlobFilter", "*.parquet")
              .parquet(rejections.toAbsolutePath().toString())
              .groupBy("content_sha256")
              .count()
              .collectAsList()) {
        rejected.put(r.getString(0), r.getLong(1));
      }
    }
    Map<EditionKey, List<Citations.File>> cited = new TreeMap<>();
    for (Row r :
        rows.groupBy("dataset_id", "edition", "content_sha256")
            .count()
            .orderBy("dataset_id", "edition", "content_sha256")
            .collectAsList()) {
      String sha = r.getString(2);
      long accepted = r.getLong(3);
      long refused = rejected.getOrDefault(sha, 0L);
      cited
          .computeIfAbsent(new EditionKey(r.getString(0), r.getString(1)), k -> new ArrayList<>())
          .add(
              new Citations.File(
                  records.toAbsolutePath().toString(),
                  "records",
                  sha,
                  "devpay-export",
                  accepted + refused,
                  accepted,
                  refused));
    }
    JavaPairRDD<String, EditionRows> editions =
        rows.javaRDD()
            .keyBy(SparkJob::editionOf)
            .groupByKey()
            .mapValues(EditionRows::fromExport)
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Input(editions, Citations.ofExport(cited));
  }

  /** The answer document: each edition answered by core in the task that gathered it. */
  ObjectNode answer(Input input, JobSettings job) {
    Broadcast<Citations> citations = context.broadcast(input.citations());
    List<Tuple2<String, String>> nodes =
        input
            .editions()
            .map(
                edition -> {
                  EditionKey key = key(edition._1());
                  List<PayRecord> records = edition._2().records();
                  AnswerSettings settings = job.settings();
                  EditionAnswer answer =
                      new RolePayAnswer(settings).answer(key.datasetId(), key.edition(), records);
                  SourceCitation citation = citations.value().of(key);
                  JsonNode node =
                      AnswerDocument.render(List.of(new EditionReport(answer, citation)), settings)
                          .get("editions")
                          .get(0);
                  return new Tuple2<>(edition._1(), JSON.writeValueAsString(node));
                })
            .collect();
    ObjectNode document = AnswerDocument.render(List.of(), job.settings());
    ArrayNode editions = document.putArray("editions");
    for (Tuple2<String, String> node : sortedByEdition(nodes)) {
      editions.add(parse(node._2()));
    }
    return document;
  }

  /**
   * The comparison document: each edition compared by core (design, least squares, HC1, bootstrap,
   * decomposition) in the task that gathered it; the driver pools the editions' log premiums with
   * core's DerSimonian-Laird as {@code devpay compare} does.
   */
  ObjectNode compare(Input input, JobSettings job) {
    List<Tuple2<String, ComparedEdition>> results =
        input
            .editions()
            .flatMapValues(
                edition -> {
                  List<ComparedEdition> out = new ArrayList<>();
                  compareEdition(edition, job).ifPresent(out::add);
                  return out.iterator();
                })
            .collect();
    Comparison comparison = job.comparison();
    AnswerSettings settings = job.settings();
    // The comparison over no edition names the groups and the population exactly as core does.
    ComparisonReport skeleton = comparison.within(NO_DATA);
    List<PooledPremium.Study> unadjusted = new ArrayList<>();
    List<PooledPremium.Study> adjusted = new ArrayList<>();
    List<Tuple2<String, ComparedEdition>> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(t -> key(t._1())));
    ArrayNode editionNodes = JSON.createArrayNode();
    for (Tuple2<String, ComparedEdition> result : sorted) {
      editionNodes.add(parse(result._2().node()));
      result._2().unadjusted().forEach(e -> unadjusted.add(e.study()));
      result._2().adjusted().forEach(e -> adjusted.add(e.study()));
    }
    double confidence = settings.bootstrap().confidence();
    ComparisonReport report =
        new ComparisonReport(
            skeleton.focal(),
            skeleton.baseline(),
            skeleton.population(),
            skeleton.group(),
            skeleton.controls(),
            List.of(),
            PooledPremium.of(unadjusted, confidence),
            PooledPremium.of(adjusted, confidence));
    ObjectNode document = ComparisonDocument.render(List.of(report), settings);
    ((ObjectNode) document.get("comparisons").get(0)).set("editions", editionNodes);
    return document;
  }

  /**
   * One edition's comparison: its document node, and its unadjusted and adjusted log premiums (none
   * or one each) for the pooling.
   */
  record ComparedEdition(
      String node, List<ModelEstimates> unadjusted, List<ModelEstimates> adjusted)
      implements java.io.Serializable {
    ComparedEdition {
      unadjusted = new ArrayList<>(unadjusted);
      adjusted = new ArrayList<>(adjusted);
    }
  }

  /** One edition's comparison, or empty when it cannot compare (as core leaves it out). */
  private static Optional<ComparedEdition> compareEdition(EditionRows edition, JobSettings job)
      throws IOException {
    List<PayRecord> records = edition.records();
    if (records.isEmpty()) {
      return Optional.empty();
    }
    PayRecord first = records.get(0);
    EditionKey key = new EditionKey(first.datasetId(), first.edition());
    Comparison comparison = job.comparison();
    AnswerSettings settings = job.settings();
    Optional<EditionComparison> result = comparison.within(key, records);
    if (result.isEmpty()) {
      return Optional.empty();
    }
    EditionComparison compared = result.get();
    double confidence = settings.bootstrap().confidence();
    ComparisonReport single =
        new ComparisonReport(
            "",
            "",
            "",
            "",
            List.of(),
            List.of(compared),
            PooledPremium.of(List.of(), confidence),
            PooledPremium.of(List.of(), confidence));
    JsonNode node =
        ComparisonDocument.render(List.of(single), settings)
            .get("comparisons")
            .get(0)
            .get("editions")
            .get(0);
    long rows = compared.premium().rows();
    return Optional.of(
        new ComparedEdition(
            JSON.writeValueAsString(node),
            ModelEstimates.of(key.toString(), rows, compared.premium().unadjusted()).stream()
                .toList(),
            ModelEstimates.of(key.toString(), rows, compared.premium().adjusted()).stream()
                .toList()));
  }

  /** Data with no edition: core's comparison over it gives the groups' and population's names. */
  private static final PayData NO_DATA =
      new PayData() {
        @Override
        public List<EditionKey> editions() {
          return List.of();
        }

        @Override
        public List<PayRecord> records(EditionKey edition) {
          return List.of();
        }

        @Override
        public SourceCitation citation(EditionKey edition) {
          throw new IllegalArgumentException("no edition " + edition);
        }

        @Override
        public String version() {
          return "none";
        }
      };

  private static List<Tuple2<String, String>> sortedByEdition(List<Tuple2<String, String>> nodes) {
    List<Tuple2<String, String>> sorted = new ArrayList<>(nodes);
    sorted.sort(Comparator.comparing(t -> key(t._1())));
    return sorted;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final char SEPARATOR = '\u0000';

  private static String editionOf(Row row) {
    return row.<String>getAs("dataset_id") + SEPARATOR + row.<String>getAs("edition");
  }

  private static EditionKey key(String edition) {
    int at = edition.indexOf(SEPARATOR);
    return new EditionKey(edition.substring(0, at), edition.substring(at + 1));
  }

  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  @Override
  public void close() {
    spark.stop();
  }
}
