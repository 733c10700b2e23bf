package org.devpay.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.ControlTerms;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.core.stats.Coefficient;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.LinearModel;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.synth.SynthFormat;
import org.devpay.sources.synth.SyntheticSurvey;
import org.devpay.store.DevpayStore;
import org.devpay.store.ExportFormat;
import org.devpay.store.ExportRequest;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Least squares across partitions in local mode ({@code local[2]}, the rows in 5 partitions) on the
 * IT Salary Survey EU records that devpay's export writes as Parquet: ln(annual pay) on a back-end
 * indicator (back-end against front-end rows) and the comparison's factor controls, labelled as
 * core's {@link ControlTerms#label} labels them. The fit of {@link DistributedLeastSquares} (design
 * coded on the driver from level weights, passes aggregated with treeAggregate) must equal core's
 * {@link LinearModel#fit()} on the same rows collected to the driver: the same columns and dropped
 * columns, coefficients, HC1 and classical standard errors to 1e-9.
 */
class DistributedLeastSquaresTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<Control> FACTORS =
      List.of(
          Control.YEAR,
          Control.SENIORITY,
          Control.EXPERIENCE,
          Control.LOCATION,
          Control.EMPLOYMENT);

  @TempDir static Path temp;
  static SparkJob job;

  @BeforeAll
  static void start() {
    job = SparkJob.start("local[2]");
  }

  /** The records of the files as devpay's ingest stores them and its export writes them. */
  private static JavaRDD<PayRecord> exported(Path data, String name) {
    Path export = temp.resolve(name + "-export");
    try (DevpayStore store = DevpayStore.open(temp.resolve(name + ".duckdb"))) {
      new Ingestor(
              store,
              new FormatDetector(AdapterRegistry.standard()),
              StandardNormalizer.fromResources())
          .ingestAll(List.of(data), IngestListener.NONE);
      store.export(ExportRequest.everything(export, ExportFormat.PARQUET));
    }
    return job.session()
        .read()
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.parquet")
        .parquet(export.resolve("records").toString())
        .selectExpr(RecordRows.columns())
        .javaRDD()
        .repartition(5)
        .map(RecordRows::toRecord);
  }

  @AfterAll
  static void stop() {
    if (job != null) {
      job.close();
    }
  }

  private static boolean backEndOrFrontEnd(PayRecord r) {
    return (r.role() == RoleFamily.BACKEND || r.role() == RoleFamily.FRONTEND)
        && r.annualLocal() > 0
        && Double.isFinite(r.annualLocal());
  }

  @Test
  void theFitOverPartitionsIsCoresFitOnTheSameRows() {
    assertFitsAlike(exported(RealData.file("it-salary-survey-eu"), "eu"), 500, 20);
  }

  /**
   * The same check on a synthetic Stack Overflow 2024 survey of 20,000 rows, written by devpay's
   * synthesizer ({@code devpay synth --rows 20000 --format so-2024}) and read by the real adapter.
   */
  @Test
  void theFitOverPartitionsOfASyntheticSurveyIsCoresFit() throws Exception {
    Path dir = temp.resolve("synth");
    SyntheticSurvey.write(dir, SynthFormat.SO_2024, 20_000, SyntheticSurvey.DEFAULT_SEED);
    assertFitsAlike(exported(dir, "synthetic"), 1_000, 8);
  }

  private static void assertFitsAlike(
      JavaRDD<PayRecord> records, int minimumRows, int minimumColumns) {
    JavaRDD<PayRecord> compared = records.filter(DistributedLeastSquaresTest::backEndOrFrontEnd);
    boolean hasMetro = compared.filter(r -> r.location().metro().isPresent()).count() > 0;
    List<String> factors = FACTORS.stream().map(Control::id).toList();
    JavaRDD<DistributedLeastSquares.ModelRow> rows =
        compared.map(
            r -> {
              String[] labels = new String[FACTORS.size()];
              for (int f = 0; f < labels.length; f++) {
                labels[f] = ControlTerms.label(FACTORS.get(f), hasMetro).apply(r);
              }
              return new DistributedLeastSquares.ModelRow(
                  Math.log(r.annualLocal()),
                  r.weight(),
                  new double[] {r.role() == RoleFamily.BACKEND ? 1 : 0},
                  labels);
            });
    assertThat(rows.getNumPartitions()).isEqualTo(5);
    // Frequency weights as the comparison's premium uses them: only when some row has one.
    boolean weighted = rows.filter(r -> r.w() != 1).count() > 0;
    LinearFit distributed =
        DistributedLeastSquares.fit(
            job.context(),
            rows,
            new DistributedLeastSquares.Terms(
                "ln(annual pay)", List.of("(focal group)"), factors, weighted, 0.95));

    // Core on the same rows, gathered to the driver.
    List<DistributedLeastSquares.ModelRow> gathered = rows.collect();
    int n = gathered.size();
    assertThat(n).as("rows of back-end and front-end developers").isGreaterThan(minimumRows);
    double[] y = new double[n];
    double[] focal = new double[n];
    double[] weights = new double[n];
    String[][] labels = new String[factors.size()][n];
    for (int i = 0; i < n; i++) {
      DistributedLeastSquares.ModelRow r = gathered.get(i);
      weights[i] = r.w();
      y[i] = r.y();
      focal[i] = r.x()[0];
      for (int f = 0; f < factors.size(); f++) {
        labels[f][i] = r.labels()[f];
      }
    }
    LinearModel model =
        LinearModel.of("ln(annual pay)", y)
            .withCollinearColumnsDropped()
            .withConfidence(0.95)
            .withCovariate("(focal group)", focal);
    if (weighted) {
      model = model.withFrequencyWeights(weights);
    }
    for (int f = 0; f < factors.size(); f++) {
      model = model.withFactor(factors.get(f), labels[f]);
    }
    LinearFit embedded = model.fit();

    List<String> names = new ArrayList<>();
    embedded.coefficients().forEach(c -> names.add(c.name()));
    assertThat(names).hasSizeGreaterThan(minimumColumns).contains("(focal group)");
    assertThat(distributed.coefficients().stream().map(Coefficient::name).toList())
        .isEqualTo(names);
    assertThat(distributed.droppedColumns()).isEqualTo(embedded.droppedColumns());
    assertThat(distributed.factors()).isEqualTo(embedded.factors());
    assertThat(distributed.rows()).isEqualTo(embedded.rows());
    assertThat(distributed.parameters()).isEqualTo(embedded.parameters());
    assertThat(distributed.rSquared()).isCloseTo(embedded.rSquared(), within(TOLERANCE));
    for (int j = 0; j < names.size(); j++) {
      Coefficient e = embedded.coefficients().get(j);
      Coefficient a = distributed.coefficients().get(j);
      assertThat(a.estimate()).as(e.name()).isCloseTo(e.estimate(), within(TOLERANCE));
      assertThat(a.standardError()).as(e.name()).isCloseTo(e.standardError(), within(TOLERANCE));
      assertThat(a.classicalStandardError())
          .as(e.name())
          .isCloseTo(e.classicalStandardError(), within(TOLERANCE));
    }
  }
}
