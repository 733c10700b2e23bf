package org.devpay.sources.dou;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.core.stats.Quantiles;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.TestTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every DOU wave in ../shared/data/dou-ua-salaries, each read by the adapter format detection picks
 * for it: the rows, their outcomes, the wave's edition and, per role family (devpay-core's
 * roles.csv through the standard normalizer), the as-published n, P25, median and P75 of net
 * monthly pay, with the 2022 extract's frequency weights.
 *
 * <p>Every expected figure comes from expected_waves.json, written beside this test's resources by
 * expected_waves.py (csv module and pandas 1.5.3 on the raw files, re-implementing the documented
 * rules, not the Java code). Its summary on the files of SOURCE.md:
 *
 * <pre>
 * 2015_dec_raw.csv 2015-12: rows 7172, accepted 7172; unknown n=4109 median=1700, qa n=1242
 *     median=1150, other n=902 median=740, management n=618 median=2300, frontend n=142 median=500
 * 2019_dec_raw.csv 2019-12: rows 10187, accepted 10186 (1 MISSING_AMOUNT); unknown n=4937
 *     median=2150, qa n=1720 median=1450, frontend n=70 median=625
 * 2020_june_mini.csv 2020-06: rows 12163, accepted 12163; unknown n=6472 median=2300
 * 2022_june_dev.csv 2022-06: rows 5801, accepted 5801; unknown n=5801 median=3400 (weighted)
 * 2025_june_raw.csv 2025-06: rows 11686, accepted 11672; backend n=1892 median=3590, frontend
 *     n=1110 median=2850, fullstack n=914 median=3000, unknown n=201 median=3000
 * </pre>
 */
class DouWavesRealFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StandardNormalizer NORMALIZER = StandardNormalizer.fromResources();

  static Stream<Arguments> waves() throws IOException {
    try (InputStream in = DouWavesRealFileTest.class.getResourceAsStream("expected_waves.json")) {
      JsonNode golden = JSON.readTree(in);
      assertThat(golden.get("waves")).as("waves in expected_waves.json").hasSize(8);
      return StreamSupport.stream(golden.get("waves").spliterator(), false)
          .map(w -> Arguments.of(w.get("file").asText(), w));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waves")
  void readsEveryRowAndThePayOfEveryRoleFamilyAsPandasDoes(String file, JsonNode expected)
      throws IOException {
    SourceTable table = SourceTables.tablesIn(RealData.file("dou-ua-salaries/" + file)).get(0);
    SourceAdapter adapter =
        new FormatDetector(AdapterRegistry.standard()).detect(table).adapter().orElseThrow();
    assertThat(adapter.datasetId()).isEqualTo("dou-ua");

    Collected collected = TestTables.read(adapter, table);

    // rows read = rows accepted + rows rejected
    assertThat(collected.accepted.size() + collected.rejected.size())
        .isEqualTo(expected.get("rows").asInt());
    assertThat(collected.accepted).hasSize(expected.get("accepted").asInt());
    Map<String, Long> reasons = new TreeMap<>();
    collected.rejected.stream()
        .collect(groupingBy(r -> r.reason().name(), counting()))
        .forEach(reasons::put);
    Map<String, Long> expectedReasons = new TreeMap<>();
    expected
        .get("rejected")
        .fields()
        .forEachRemaining(e -> expectedReasons.put(e.getKey(), e.getValue().asLong()));
    assertThat(reasons).isEqualTo(expectedReasons);

    String edition = expected.get("edition").asText();
    assertThat(collected.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.edition()).isEqualTo(edition);
              assertThat(r.year()).isEqualTo(Integer.parseInt(edition.substring(0, 4)));
              assertThat(r.pay().currency()).isEqualTo("USD");
            });

    Map<String, List<PayRecord>> byFamily = new TreeMap<>();
    for (RawRecord raw : collected.accepted) {
      NormalizationResult result = NORMALIZER.normalize(raw);
      assertThat(result).isInstanceOf(NormalizationResult.Accepted.class);
      PayRecord record = ((NormalizationResult.Accepted) result).record();
      byFamily.computeIfAbsent(record.role().id(), k -> new ArrayList<>()).add(record);
    }
    JsonNode families = expected.get("families");
    List<String> expectedFamilies = new ArrayList<>();
    families.fieldNames().forEachRemaining(expectedFamilies::add);
    assertThat(byFamily.keySet()).containsExactlyInAnyOrderElementsOf(expectedFamilies);
    for (Iterator<Map.Entry<String, JsonNode>> it = families.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> family = it.next();
      List<PayRecord> records = byFamily.get(family.getKey());
      String label = file + " " + family.getKey();
      assertThat(records).as("%s n", label).hasSize(family.getValue().get("n").asInt());
      double[] sorted =
          records.stream().mapToDouble(r -> r.published().amount()).sorted().toArray();
      Map<Double, Double> weightOf = new HashMap<>();
      records.forEach(r -> weightOf.merge(r.published().amount(), r.weight(), Double::sum));
      double[] values = Arrays.stream(sorted).distinct().toArray();
      double[] weights = Arrays.stream(values).map(weightOf::get).toArray();
      assertThat(Arrays.stream(weights).sum())
          .as("%s weighted n", label)
          .isEqualTo(family.getValue().get("weighted_n").asDouble());
      for (String figure : new String[] {"p25", "median", "p75"}) {
        double p = figure.equals("p25") ? 0.25 : figure.equals("median") ? 0.5 : 0.75;
        double want = family.getValue().get(figure).asDouble();
        assertThat(Quantiles.ofSortedWeighted(values, weights, p))
            .as("%s %s", label, figure)
            .isCloseTo(want, within(Math.abs(want) * 1e-9));
      }
    }
  }
}
