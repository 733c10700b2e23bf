package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.devpay.core.stats.GroupedQuantiles.Bin;
import org.devpay.core.stats.GroupedQuantiles.GroupedQuantile;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupedQuantiles}. Every expected value is worked by hand from the formula Q(p) = L + (p·N
 * − C) / f · (U − L), shown beside it; tolerance 1e-9.
 */
class GroupedQuantilesTest {
  private static List<Bin> bins(double lower, double upper, int count) {
    List<Bin> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Bin.of(lower, OptionalDouble.of(upper)));
    }
    return out;
  }

  private static List<Bin> textbookClasses() {
    // The textbook grouped-median example: classes 0-10 (5), 10-20 (8), 20-30 (20), 30-40 (15),
    // 40-50 (7); N = 55.
    List<Bin> all = new ArrayList<>();
    all.addAll(bins(0, 10, 5));
    all.addAll(bins(10, 20, 8));
    all.addAll(bins(20, 30, 20));
    all.addAll(bins(30, 40, 15));
    all.addAll(bins(40, 50, 7));
    return all;
  }

  @Test
  void reproducesTheTextbookGroupedMedian() {
    // N/2 = 27.5 falls in 20-30 (C = 13, f = 20): 20 + (27.5 - 13) / 20 * 10 = 27.25.
    GroupedQuantile median = GroupedQuantiles.of(textbookClasses(), 0.5);

    assertThat(median.value()).isCloseTo(27.25, within(1e-9));
    assertThat(median.lowerBoundOnly()).isFalse();
  }

  @Test
  void interpolatesQuartilesWithinTheirBins() {
    // p = 0.25: 13.75 is past 0-10 and 10-20 (13), so in 20-30 (C = 13, f = 20): 20 + 0.75 / 20 *
    // 10 = 20.375.
    // p = 0.75: 41.25 in 30-40 (C = 33, f = 15): 30 + 8.25 / 15 * 10 = 35.5.
    assertThat(GroupedQuantiles.of(textbookClasses(), 0.25).value())
        .isCloseTo(20.375, within(1e-9));
    assertThat(GroupedQuantiles.of(textbookClasses(), 0.75).value()).isCloseTo(35.5, within(1e-9));
  }

  @Test
  void aQuantileOnACumulativeBoundaryIsTheUpperBoundOfTheBinBelow() {
    // 2 in 0-10, 3 in 10-20, 5 in 20-30: p = 0.5 gives 5 = C after two bins, so 10 + 3/3 * 10 = 20.
    List<Bin> all = new ArrayList<>();
    all.addAll(bins(0, 10, 2));
    all.addAll(bins(10, 20, 3));
    all.addAll(bins(20, 30, 5));

    assertThat(GroupedQuantiles.of(all, 0.5).value()).isCloseTo(20, within(1e-9));
    assertThat(GroupedQuantiles.of(all, 0).value()).isCloseTo(0, within(1e-9));
    assertThat(GroupedQuantiles.of(all, 1).value()).isCloseTo(30, within(1e-9));
  }

  @Test
  void aQuantileInTheOpenTopBinIsItsLowerBoundMarkedAsSuch() {
    // 1 in 0-10, 3 in "more than 10": the median (2 of 4) is in the open bin.
    List<Bin> all = new ArrayList<>(bins(0, 10, 1));
    for (int i = 0; i < 3; i++) {
      all.add(Bin.of(10, OptionalDouble.empty()));
    }

    GroupedQuantile median = GroupedQuantiles.of(all, 0.5);
    GroupedQuantile low = GroupedQuantiles.of(all, 0.2);

    assertThat(median.value()).isEqualTo(10);
    assertThat(median.lowerBoundOnly()).isTrue();
    // p = 0.2 gives 0.8 of 4, in 0-10 (C = 0, f = 1): 0 + 0.8 / 1 * 10 = 8, interpolated.
    assertThat(low.value()).isCloseTo(8, within(1e-9));
    assertThat(low.lowerBoundOnly()).isFalse();
  }

  @Test
  void frequencyWeightsCountAsRepeatedObservations() {
    List<Bin> weighted =
        List.of(
            new Bin(0, OptionalDouble.of(10), 2),
            new Bin(10, OptionalDouble.of(20), 3),
            new Bin(20, OptionalDouble.of(30), 5));
    List<Bin> repeated = new ArrayList<>();
    repeated.addAll(bins(0, 10, 2));
    repeated.addAll(bins(10, 20, 3));
    repeated.addAll(bins(20, 30, 5));

    for (double p : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
      assertThat(GroupedQuantiles.of(weighted, p).value())
          .isCloseTo(GroupedQuantiles.of(repeated, p).value(), within(1e-9));
    }
  }

  @Test
  void theOrderOfObservationsDoesNotMatter() {
    List<Bin> reversed = new ArrayList<>(textbookClasses());
    java.util.Collections.reverse(reversed);

    assertThat(GroupedQuantiles.of(reversed, 0.5).value()).isCloseTo(27.25, within(1e-9));
  }

  @Test
  void refusesOverlappingBinsEmptyInputAndProbabilitiesOutsideZeroToOne() {
    List<Bin> overlapping =
        List.of(Bin.of(0, OptionalDouble.of(20)), Bin.of(10, OptionalDouble.of(30)));
    List<Bin> sameStart =
        List.of(Bin.of(0, OptionalDouble.of(10)), Bin.of(0, OptionalDouble.of(20)));
    List<Bin> openBelowAnother =
        List.of(Bin.of(0, OptionalDouble.empty()), Bin.of(10, OptionalDouble.of(20)));

    assertThatThrownBy(() -> GroupedQuantiles.of(overlapping, 0.5)).hasMessageContaining("overlap");
    assertThatThrownBy(() -> GroupedQuantiles.of(sameStart, 0.5)).hasMessageContaining("overlap");
    assertThatThrownBy(() -> GroupedQuantiles.of(openBelowAnother, 0.5))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> GroupedQuantiles.of(List.of(), 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupedQuantiles.of(textbookClasses(), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bin(10, OptionalDouble.of(5), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
