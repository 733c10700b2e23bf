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
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
 * devpay export} writes. Every edition goes to one task, which runs core's per-edition analysis on
 * it (population, screens, disclosure control, quartiles, bootstraps with the same seed, least
 * squares): the answer streams the edition's rows into columns ({@link StreamedEditions}), the
 * comparison gathers them as records. The driver only assembles and pools. The documents are those
 * of {@code devpay answer --format json} and {@code devpay compare --format json}.
 */
final class SparkJob implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final JavaSparkContext context;

  private SparkJob(SparkSession spark) {
    this.spark = spark;
    this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /** The session's context (for {@link DistributedLeastSquares} and tests). */
  JavaSparkContext context() {
    return context;
  }

  /** The session. */
  SparkSession session() {
    return spark;
  }

  /**
   * Starts a session on a master; a master that cannot be reached fails fast (a few seconds) with
   * ENVIRONMENT, before anything is computed.
   */
  static SparkJob start(String master) {
    probe(master);
    try {
      SparkSession.Builder builder =
          SparkSession.builder()
              .appName("devpay")
              .master(master)
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "8");
      if (System.getProperty("spark.memory.fraction") == null) {
        // The tasks hold what Spark does not account for: an edition's columns (answer) or its
        // gathered records (compare). Spark's sorts and shuffles get 20% of the heap instead of
        // 60%, and spill sooner; with 60%, the sort of ten million rows kept its buffer while the
        // columns filled the rest of a 3 GB heap. spark-submit's --conf wins.
        builder = builder.config("spark.memory.fraction", "0.2");
      }
      if (master.startsWith("local")) {
        // In local mode nothing outside this machine talks to the driver: loopback only. On a
        // cluster the executors must reach it, so Spark's (and SPARK_LOCAL_IP's) choice stands.
        builder =
            builder
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1");
      }
      SparkSession session = builder.getOrCreate();
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
    } else if (!master.startsWith("local") && !master.equals("yarn")) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "unknown --master '"
              + master
              + "': local[N], local[*], spark://HOST:PORT, k8s://https://HOST:PORT or yarn");
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

  /**
   * The input of a job: per edition key the items gathered to one task (records' rows, and for
   * files the outcomes of their tables), and how to put them in the store's order and cite them.
   *
   * @param editions items by edition key ({@link TableReads#NO_EDITION} holds the outcomes of the
   *     tables that gave no record)
   * @param readingRank for files: per table index its rank by path and entry name; null for an
   *     export
   * @param exported for an export: its citations, built on the driver; null for files
   */
  record Input(JavaPairRDD<String, TableReads.Item> items, int[] readingRank, Citations exported) {
    /** Each edition's items gathered into one task. */
    JavaPairRDD<String, Iterable<TableReads.Item>> editions() {
      return items.groupByKey();
    }
  }

  /** One edition as core's analyses take it, with its citation. */
  private record Prepared(EditionKey key, List<PayRecord> records, SourceCitation citation) {}

  private static Prepared prepare(
      String edition, Iterable<TableReads.Item> items, int[] readingRank, Citations exported) {
    EditionKey key = key(edition);
    EditionRows rows =
        readingRank != null
            ? EditionRows.fromFiles(items, readingRank)
            : EditionRows.fromExport(items);
    SourceCitation citation =
        exported != null ? exported.of(key) : Citations.ofTables(key, rows.cited());
    return new Prepared(key, rows.records(), citation);
  }

  /**
   * The records of the tables under the paths, as {@code devpay ingest} would store them in a new
   * store: one task per table (identical tables read once), the store's duplicate refusal and its
   * roll-back of a failed table applied where each edition is gathered.
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
    // The store reads an edition's records by table path and entry name, then row number.
    int[] rank = new int[refs.size()];
    List<TableReads.Ref> byName = new ArrayList<>(refs);
    byName.sort(
        Comparator.comparing(TableReads.Ref::path).thenComparing(TableReads.Ref::entryName));
    for (int i = 0; i < byName.size(); i++) {
      rank[byName.get(i).index()] = i;
    }
    // Stage 2: every table streamed through its adapter and the normalizer, one task per table,
    // straight into the shuffle that gathers each edition to one task.
    JavaPairRDD<String, TableReads.Item> items =
        context
            .parallelize(toRead, Math.max(1, toRead.size()))
            .flatMapToPair(t -> TableReads.stream(t._1(), t._2()));
    return new Input(items, rank, null);
  }

  /**
   * The records of a {@code devpay export --format parquet} folder (its {@code records} sub-folder
   * when there is one), read with {@code spark.read.parquet}.
   */
  Input fromParquet(String location) {
    boolean uri = location.contains("://");
    String records;
    String rejections;
    if (uri) {
      String base = location.endsWith("/") ? location : location + "/";
      records = base + "records";
      rejections = base + "rejections";
    } else {
      Path folder = Path.of(location).toAbsolutePath().normalize();
      if (!Files.isDirectory(folder)) {
        throw new DevpayException(
            ErrorCategory.MISSING_DATA,
            "no such folder: " + location + " (--parquet names a folder)");
      }
      records =
          (Files.isDirectory(folder.resolve("records")) ? folder.resolve("records") : folder)
              .toString();
      rejections =
          Files.isDirectory(folder.resolve("rejections"))
              ? folder.resolve("rejections").toString()
              : "";
    }
    Dataset<Row> rows;
    try {
      rows =
          spark
              .read()
              .option("recursiveFileLookup", "true")
              .option("pathGlobFilter", "*.parquet")
              .parquet(records)
              .selectExpr(RecordRows.columns());
    } catch (Exception e) { // Spark throws its AnalysisException undeclared
      throw new DevpayException(
          uri ? ErrorCategory.ENVIRONMENT : ErrorCategory.BAD_INPUT_FILE,
          "cannot read the Parquet under " + records + ": " + oneLine(e),
          e);
    }
    Map<String, Long> rejected = new HashMap<>();
    if (!rejections.isEmpty()) {
      Dataset<Row> refused = null;
      try {
        refused =
            spark
                .read()
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.parquet")
                .parquet(rejections);
      } catch (Exception e) { // Spark throws its AnalysisException undeclared
        // A URI's rejections folder may be absent (an export of records only): no rejection known.
        if (!uri) {
          throw new DevpayException(
              ErrorCategory.BAD_INPUT_FILE,
              "cannot read the Parquet under " + rejections + ": " + oneLine(e),
              e);
        }
      }
      if (refused != null) {
        for (Row r : refused.groupBy("content_sha256").count().collectAsList()) {
          rejected.put(r.getString(0), r.getLong(1));
        }
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
                  records, "records", sha, "devpay-export", accepted + refused, accepted, refused));
    }
    JavaPairRDD<String, TableReads.Item> items =
        rows.javaRDD().mapToPair(r -> new Tuple2<>(editionOf(r), new TableReads.Item(r, null)));
    return new Input(items, null, Citations.ofExport(cited));
  }

  /**
   * The answer document: each edition answered by core on its columns, streamed through one task
   * ({@link StreamedEditions}), or on its records in the task that gathered it where the store's
   * reading order of the tables is not their ingest order.
   */
  ObjectNode answer(Input input, JobSettings job, java.io.PrintWriter report) {
    int[] rank = input.readingRank();
    Broadcast<Citations> exported =
        input.exported() == null ? null : context.broadcast(input.exported());
    List<Tuple2<String, EditionResult>> results;
    if (rank == null || StreamedEditions.streamable(rank)) {
      boolean files = rank != null;
      results =
          StreamedEditions.sorted(
                  input
                      .items()
                      .mapToPair(
                          t ->
                              new Tuple2<>(
                                  files
                                      ? StreamedEditions.ofFiles(t._1(), t._2())
                                      : StreamedEditions.ofExport(t._1(), t._2()),
                                  t._2())),
                  input.items().getNumPartitions())
              .mapPartitions(
                  sorted ->
                      StreamedEditions.answer(
                          sorted, exported == null ? null : exported.value(), job))
              .collect();
    } else {
      results =
          input
              .editions()
              .mapValues(
                  items -> {
                    return EditionResult.answer(
                        items, rank, exported == null ? null : exported.value(), job);
                  })
              .collect();
    }
    ObjectNode document = AnswerDocument.render(List.of(), job.settings());
    ArrayNode editions = document.putArray("editions");
    for (Tuple2<String, EditionResult> result : sorted(results, report)) {
      editions.add(parse(result._2().node()));
    }
    return document;
  }

  /**
   * What one edition's task gives the driver: its document node and log premiums, or, for the
   * tables that gave no record, only their outcomes to report.
   */
  record EditionResult(
      String node,
      List<ModelEstimates> unadjusted,
      List<ModelEstimates> adjusted,
      List<TableReads.Outcome> unused)
      implements java.io.Serializable {
    EditionResult {
      unadjusted = new ArrayList<>(unadjusted);
      adjusted = new ArrayList<>(adjusted);
      unused = new ArrayList<>(unused);
    }

    /**
     * The result of an edition that gives no document: every table of it failed, or core cannot
     * compare it.
     */
    static final EditionResult EMPTY = new EditionResult("", List.of(), List.of(), List.of());

    static EditionResult unused(Iterable<TableReads.Item> items) {
      List<TableReads.Outcome> outcomes = new ArrayList<>();
      items.forEach(i -> outcomes.add(i.outcome()));
      return ofUnused(outcomes);
    }

    /** The outcomes of tables that gave no record, to report. */
    static EditionResult ofUnused(List<TableReads.Outcome> outcomes) {
      return new EditionResult("", List.of(), List.of(), outcomes);
    }

    /** One edition's answer as its part of the document. */
    static EditionResult answered(
        EditionAnswer answer, SourceCitation citation, AnswerSettings settings) throws IOException {
      JsonNode node =
          AnswerDocument.render(List.of(new EditionReport(answer, citation)), settings)
              .get("editions")
              .get(0);
      return new EditionResult(JSON.writeValueAsString(node), List.of(), List.of(), List.of());
    }

    static EditionResult answer(
        Iterable<TableReads.Item> items, int[] rank, Citations exported, JobSettings job)
        throws IOException {
      if (isUnused(items)) {
        return unused(items);
      }
      Prepared edition = prepare(editionOf(items), items, rank, exported);
      if (edition.records().isEmpty()) {
        // Every table of the edition failed: the store would hold no such edition.
        return EMPTY;
      }
      AnswerSettings settings = job.settings();
      EditionAnswer answer =
          new RolePayAnswer(settings)
              .answer(edition.key().datasetId(), edition.key().edition(), edition.records());
      return answered(answer, edition.citation(), settings);
    }
  }

  /** Whether the items are only outcomes (the group of tables that gave no record). */
  private static boolean isUnused(Iterable<TableReads.Item> items) {
    for (TableReads.Item item : items) {
      if (item.row() != null) {
        return false;
      }
    }
    return true;
  }

  /** The edition key of a group's rows. */
  private static String editionOf(Iterable<TableReads.Item> items) {
    for (TableReads.Item item : items) {
      if (item.row() != null) {
        return editionOf(item.row());
      }
    }
    throw new IllegalStateException("an edition's group without rows");
  }

  /**
   * The editions' results in edition order; the outcomes of tables that gave no record are reported
   * (skipped, or failed and left out as the store rolls them back).
   */
  private static List<Tuple2<String, EditionResult>> sorted(
      List<Tuple2<String, EditionResult>> results, java.io.PrintWriter report) {
    List<Tuple2<String, EditionResult>> out = new ArrayList<>();
    for (Tuple2<String, EditionResult> result : results) {
      for (TableReads.Outcome o : result._2().unused()) {
        String table = o.ref().path() + " " + o.ref().entryName();
        if (!o.skipped().isEmpty()) {
          report.println("skipped: " + table + ": " + o.skipped());
        } else if (!o.failed().isEmpty()) {
          report.println(
              "failed: " + table + ": " + o.failed() + " (nothing of this table was used)");
        }
      }
      if (!result._2().node().isEmpty()) {
        out.add(result);
      }
    }
    out.sort(Comparator.comparing(t -> key(t._1())));
    return out;
  }

  /**
   * The comparison document: each edition compared by core (design, least squares, HC1, bootstrap,
   * decomposition) in the task that gathered it; the driver pools the editions' log premiums with
   * core's DerSimonian-Laird as {@code devpay compare} does.
   */
  ObjectNode compare(Input input, JobSettings job, java.io.PrintWriter report) {
    int[] rank = input.readingRank();
    Broadcast<Citations> exported =
        input.exported() == null ? null : context.broadcast(input.exported());
    List<Tuple2<String, EditionResult>> results =
        input
            .editions()
            .mapValues(
                items ->
                    compareEdition(items, rank, exported == null ? null : exported.value(), job))
            .collect();
    Comparison comparison = job.comparison();
    AnswerSettings settings = job.settings();
    // The comparison over no edition names the groups and the population exactly as core does.
    ComparisonReport skeleton = comparison.within(NO_DATA);
    List<PooledPremium.Study> unadjusted = new ArrayList<>();
    List<PooledPremium.Study> adjusted = new ArrayList<>();
    ArrayNode editionNodes = JSON.createArrayNode();
    for (Tuple2<String, EditionResult> result : sorted(results, report)) {
      editionNodes.add(parse(result._2().node()));
      result._2().unadjusted().forEach(e -> unadjusted.add(e.study()));
      result._2().adjusted().forEach(e -> adjusted.add(e.study()));
    }
    double confidence = settings.bootstrap().confidence();
    ComparisonReport pooled =
        new ComparisonReport(
            skeleton.focal(),
            skeleton.baseline(),
            skeleton.population(),
            skeleton.group(),
            skeleton.controls(),
            List.of(),
            PooledPremium.of(unadjusted, confidence),
            PooledPremium.of(adjusted, confidence));
    ObjectNode document = ComparisonDocument.render(List.of(pooled), settings);
    ((ObjectNode) document.get("comparisons").get(0)).set("editions", editionNodes);
    return document;
  }

  /**
   * One edition's comparison: its node and log premiums, or a result with no node when the edition
   * cannot compare (core leaves it out).
   */
  private static EditionResult compareEdition(
      Iterable<TableReads.Item> items, int[] rank, Citations exported, JobSettings job)
      throws IOException {
    if (isUnused(items)) {
      return EditionResult.unused(items);
    }
    Prepared edition = prepare(editionOf(items), items, rank, exported);
    if (edition.records().isEmpty()) {
      return EditionResult.EMPTY;
    }
    AnswerSettings settings = job.settings();
    Optional<EditionComparison> result = job.comparison().within(edition.key(), edition.records());
    if (result.isEmpty()) {
      return EditionResult.EMPTY;
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
    String name = edition.key().toString();
    return new EditionResult(
        JSON.writeValueAsString(node),
        ModelEstimates.of(name, rows, compared.premium().unadjusted()).stream().toList(),
        ModelEstimates.of(name, rows, compared.premium().adjusted()).stream().toList(),
        List.of());
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

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final char SEPARATOR = '\u0000';

  private static String editionOf(Row row) {
    return RecordRows.editionKey(row.getAs("dataset_id"), row.getAs("edition"));
  }

  /** An edition's key from the shuffle's key of its rows. */
  static EditionKey key(String edition) {
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
