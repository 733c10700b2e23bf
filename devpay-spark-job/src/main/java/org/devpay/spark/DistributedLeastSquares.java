package org.devpay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.NormalEquations;
import scala.Tuple2;

/**
 * Core's least squares over rows that stay in their partitions: the design is coded on the driver
 * from the factors' level weights (one reduceByKey) and broadcast, each of core's passes ({@link
 * NormalEquations}: moments, centred normal equations, the refinement's gradient, the HC1 meat) is
 * a treeAggregate of per-partition partial sums, and the driver factors and solves with core's
 * code. What travels is p × p arrays, never rows; the fit is {@link
 * org.devpay.core.stats.LinearModel#fit()}'s on the same rows (collinear columns dropped), to
 * rounding.
 */
final class DistributedLeastSquares {
  /** Depth of the aggregation trees (Spark's default). */
  private static final int DEPTH = 2;

  private DistributedLeastSquares() {}

  /**
   * One row of a model: its response, frequency weight (&gt; 0), covariate values in the model's
   * order and one label per factor.
   */
  record ModelRow(double y, double w, double[] x, String[] labels) implements Serializable {}

  /** A row coded against the broadcast layout. */
  private record Coded(double y, double w, double[] x, int[] codes) implements Serializable {}

  /**
   * The model's terms: names of the response, covariates and factors (factors coded with the most
   * frequent level as reference, as {@code LinearModel.withFactor(name, labels)} codes them).
   */
  record Terms(
      String response,
      List<String> covariates,
      List<String> factors,
      boolean weighted,
      double confidence)
      implements Serializable {
    Terms {
      covariates = new ArrayList<>(covariates);
      factors = new ArrayList<>(factors);
    }
  }

  /** Fits the model to the rows where they are. */
  static LinearFit fit(JavaSparkContext context, JavaRDD<ModelRow> rows, Terms terms) {
    int factors = terms.factors().size();
    // The design, decided on the driver from the level weights.
    List<Map<String, Double>> levelWeights = new ArrayList<>();
    for (int f = 0; f < factors; f++) {
      levelWeights.add(new HashMap<>());
    }
    for (Tuple2<Tuple2<Integer, String>, Double> level :
        rows.flatMapToPair(
                r -> {
                  List<Tuple2<Tuple2<Integer, String>, Double>> out = new ArrayList<>();
                  for (int f = 0; f < r.labels().length; f++) {
                    out.add(new Tuple2<>(new Tuple2<>(f, r.labels()[f]), r.w()));
                  }
                  return out.iterator();
                })
            .reduceByKey(Double::sum)
            .collect()) {
      levelWeights.get(level._1()._1()).put(level._1()._2(), level._2());
    }
    NormalEquations.Layout layout =
        NormalEquations.Layout.of(
            terms.response(),
            terms.covariates(),
            terms.factors(),
            levelWeights,
            terms.weighted(),
            terms.confidence());
    Broadcast<NormalEquations.Layout> shared = context.broadcast(layout);
    JavaRDD<Coded> coded =
        rows.mapPartitions(
                part -> {
                  NormalEquations.Layout l = shared.value();
                  // Each label's level index looked up once per partition.
                  List<Map<String, Integer>> index = new ArrayList<>();
                  for (int f = 0; f < factors; f++) {
                    index.add(new HashMap<>());
                  }
                  return new java.util.Iterator<Coded>() {
                    @Override
                    public boolean hasNext() {
                      return part.hasNext();
                    }

                    @Override
                    public Coded next() {
                      ModelRow r = part.next();
                      int[] codes = new int[factors];
                      for (int f = 0; f < factors; f++) {
                        int factor = f;
                        codes[f] =
                            index.get(f).computeIfAbsent(r.labels()[f], s -> l.level(factor, s));
                      }
                      return new Coded(r.y(), r.w(), r.x(), codes);
                    }
                  };
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      double[] moments =
          coded.treeAggregate(
              NormalEquations.newMoments(layout),
              (partial, r) -> {
                NormalEquations.moments(shared.value(), partial, r.y(), r.w(), r.x(), r.codes());
                return partial;
              },
              NormalEquations::merge,
              DEPTH);
      NormalEquations.Means means = NormalEquations.means(layout, moments);
      double[] normal =
          coded.treeAggregate(
              NormalEquations.newNormal(layout),
              (partial, r) -> {
                NormalEquations.normal(
                    shared.value(), means, partial, r.y(), r.w(), r.x(), r.codes());
                return partial;
              },
              NormalEquations::merge,
              DEPTH);
      NormalEquations.Factored factored = NormalEquations.factor(layout, means, normal);
      double[] gradient =
          coded.treeAggregate(
              NormalEquations.newGradient(layout),
              (partial, r) -> {
                NormalEquations.gradient(
                    shared.value(), factored, partial, r.y(), r.w(), r.x(), r.codes());
                return partial;
              },
              NormalEquations::merge,
              DEPTH);
      NormalEquations.Factored refined = NormalEquations.refine(factored, gradient);
      double[] residuals =
          coded.treeAggregate(
              NormalEquations.newResiduals(layout),
              (partial, r) -> {
                NormalEquations.residuals(
                    shared.value(), refined, partial, r.y(), r.w(), r.x(), r.codes());
                return partial;
              },
              NormalEquations::merge,
              DEPTH);
      return NormalEquations.fit(layout, refined, residuals);
    } finally {
      coded.unpersist(false);
      shared.destroy();
    }
  }
}
