package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.ReferenceStatistics;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Stack Overflow year at hand read from its real rows, the figures equal to an independent
 * pandas computation: the complete files of 2011, 2012, 2014 and 2015 ({@code
 * ../shared/data/so-survey-2011-2015}) and the real-row samples of 2018, 2022, 2023, 2024 and 2025
 * ({@code ../shared/fixtures/so-survey-samples}, every official column; first rows, or Finland's
 * rows for 2024). For each file: the format detection picks, records read = accepted + rejected and
 * the rejections by reason, accepted rows per primary role label, per role family the rows and
 * median pay, and the same after the default population filter.
 *
 * <p>Expected values: {@code real_rows.json}, written by {@code real_rows.py} beside it (Python's
 * csv module and pandas 1.5.3 on the raw files, re-implementing the documented header, pay,
 * primary-role, employment and population rules; the role and employment tables through
 * devpay-cli's {@code golden/devpay_rules.py}). Medians are pandas' (type 7 at 0.5).
 */
class StackOverflowRealRowsTest {
  private static final StandardNormalizer NORMALIZER = StandardNormalizer.fromResources();
  private static final JsonNode GOLDEN = golden();

  private static JsonNode golden() {
    try (InputStream in = StackOverflowRealRowsTest.class.getResourceAsStream("real_rows.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode expected(int year) {
    for (JsonNode file : GOLDEN.get("files")) {
      if (file.get("year").asInt() == year) {
        return file;
      }
    }
    throw new AssertionError("no golden figures for " + year);
  }

  /** The table the golden file names: "folder/file" or "folder/file.zip!entry". */
  static SourceTable table(JsonNode expected) throws IOException {
    String[] parts = expected.get("file").asText().split("!", 2);
    Path path =
        parts[0].startsWith("so-survey-samples/")
            ? RealData.fixture(parts[0])
            : RealData.file(parts[0]);
    List<SourceTable> tables = SourceTables.tablesIn(path);
    return tables.stream()
        .filter(t -> parts.length == 1 || t.entryName().equals(parts[1]))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no table " + expected.get("file") + " in " + tables));
  }

  @ParameterizedTest(name = "Stack Overflow {0}")
  @ValueSource(ints = {2011, 2012, 2014, 2015, 2018, 2022, 2023, 2024, 2025})
  void readsTheRealRowsAsTheIndependentScriptDoes(int year) throws IOException {
    JsonNode expected = expected(year);
    Detection detection = new FormatDetector(AdapterRegistry.standard()).detect(table(expected));
    assertThat(detection.adapter())
        .as("detected format")
        .hasValueSatisfying(
            a -> assertThat(a.formatId()).isEqualTo(expected.get("format_id").asText()));

    Collected collected = new Collected();
    detection.adapter().orElseThrow().read(detection.readable().orElseThrow(), collected);

    assertThat(collected.accepted.size() + collected.rejected.size())
        .as("read = accepted + rejected")
        .isEqualTo(expected.get("rows_read").asInt());
    assertThat(collected.accepted).hasSize(expected.get("accepted").asInt());
    Map<String, Long> byReason =
        collected.rejected.stream()
            .collect(
                Collectors.groupingBy(r -> r.reason().name(), TreeMap::new, Collectors.counting()));
    assertThat(byReason).as("rejected by reason").isEqualTo(counts(expected.get("rejected")));
    Map<String, Long> byLabel =
        collected.accepted.stream()
            .collect(
                Collectors.groupingBy(RawRecord::roleLabel, TreeMap::new, Collectors.counting()));
    assertThat(byLabel)
        .as("accepted per primary role label")
        .isEqualTo(counts(expected.get("role_labels")));
    assertThat(collected.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.datasetId()).isEqualTo("so-survey-" + year);
              assertThat(r.edition()).isEqualTo(Integer.toString(year));
            });

    List<PayRecord> records = new ArrayList<>();
    for (RawRecord raw : collected.accepted) {
      NormalizationResult result = NORMALIZER.normalize(raw);
      assertThat(result)
          .as("row %s normalised", raw.rowNumber())
          .isInstanceOf(NormalizationResult.Accepted.class);
      records.add(((NormalizationResult.Accepted) result).record());
    }
    assertFamilies(year + " all accepted", records, expected.get("families"));

    PopulationFilter.Result population = PopulationFilter.PROFESSIONAL_FULL_TIME.apply(records);
    JsonNode expectedPopulation = expected.get("population");
    assertThat(population.count().removedNotProfessional())
        .isEqualTo(expectedPopulation.get("removed_not_developer_by_profession").asInt());
    assertThat(population.count().removedNotFullTime())
        .isEqualTo(expectedPopulation.get("removed_not_full_time").asInt());
    assertThat(population.kept()).hasSize(expectedPopulation.get("rows").asInt());
    assertFamilies(year + " population", population.kept(), expectedPopulation.get("families"));
  }

  private static void assertFamilies(String what, List<PayRecord> records, JsonNode expected) {
    Map<String, List<PayRecord>> byFamily =
        records.stream()
            .collect(Collectors.groupingBy(r -> r.role().id(), TreeMap::new, Collectors.toList()));
    List<String> names = new ArrayList<>();
    expected.fieldNames().forEachRemaining(names::add);
    assertThat(byFamily.keySet()).as("%s role families", what).containsExactlyElementsOf(names);
    for (Map.Entry<String, JsonNode> family : expected.properties()) {
      List<PayRecord> group = byFamily.get(family.getKey());
      assertThat(group)
          .as("%s %s n", what, family.getKey())
          .hasSize(family.getValue().get("n").asInt());
      double median =
          ReferenceStatistics.median(
              group.stream().mapToDouble(r -> r.published().amount()).toArray());
      assertThat(median)
          .as("%s %s median", what, family.getKey())
          .isCloseTo(family.getValue().get("median").asDouble(), within(1e-9));
    }
  }

  private static Map<String, Long> counts(JsonNode node) {
    Map<String, Long> counts = new TreeMap<>();
    node.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
    return counts;
  }
}
