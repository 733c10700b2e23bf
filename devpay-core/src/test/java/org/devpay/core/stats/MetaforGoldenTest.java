package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The random-effects pool's DerSimonian-Laird, Hartung-Knapp-Sidik-Jonkman and prediction intervals
 * against R's metafor 3.8.1: {@code golden/metafor.json}, written by {@code
 * golden/metafor_golden.py} (beside it), which runs {@code rma(yi, sei = sei, method = "DL", test =
 * "knha")} and {@code predict()}. R prints 15 significant digits: relative tolerance 1e-9.
 */
class MetaforGoldenTest {
  private static JsonNode sets;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = MetaforGoldenTest.class.getResourceAsStream("golden/metafor.json")) {
      sets = new ObjectMapper().readTree(in).get("sets");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"real3", "two", "homogeneous", "heterogeneous", "twelve"})
  void poolMatchesMetaforKnhaAndPredict(String name) {
    JsonNode expected = sets.get(name);
    double[] yi = numbers(expected.get("yi"));
    double[] sei = numbers(expected.get("sei"));
    PooledEffect pooled = RandomEffects.withDefaults().pool(yi, sei);

    assertThat(pooled.studies()).isEqualTo(expected.get("k").asInt());
    close(pooled.pooled().estimate(), expected, "estimate");
    close(pooled.tauSquared(), expected, "tau2");
    close(pooled.q(), expected, "q");
    close(pooled.iSquared(), expected, "i2");
    // rma(method = "DL"): the normal (Wald) interval.
    close(pooled.standardError(), expected, "wald_se");
    close(pooled.pooled().lower(), expected, "wald_lower");
    close(pooled.pooled().upper(), expected, "wald_upper");
    close(pooled.pValue(), expected, "wald_p");
    // rma(method = "DL", test = "knha"): t on k - 1 degrees of freedom.
    close(pooled.hartungKnappStandardError(), expected, "hk_se");
    close(pooled.hartungKnapp().lower(), expected, "hk_lower");
    close(pooled.hartungKnapp().upper(), expected, "hk_upper");
    close(pooled.hartungKnappPValue(), expected, "hk_p");
    assertThat(pooled.hartungKnapp().method()).isEqualTo(IntervalMethod.HARTUNG_KNAPP_T);
    // predict(): pi.lb, pi.ub.
    close(pooled.prediction().lower(), expected, "pi_lower");
    close(pooled.prediction().upper(), expected, "pi_upper");
    assertThat(pooled.prediction().method()).isEqualTo(IntervalMethod.PREDICTION_T);
  }

  @ParameterizedTest
  @ValueSource(strings = {"real3", "heterogeneous"})
  void predictionIntervalIsWiderThanTheHksjIntervalWhenStudiesDiffer(String name) {
    JsonNode expected = sets.get(name);
    PooledEffect pooled =
        RandomEffects.withDefaults()
            .pool(numbers(expected.get("yi")), numbers(expected.get("sei")));
    assertThat(pooled.tauSquared()).isPositive();
    assertThat(pooled.prediction().lower()).isLessThan(pooled.hartungKnapp().lower());
    assertThat(pooled.prediction().upper()).isGreaterThan(pooled.hartungKnapp().upper());
  }

  private static void close(double actual, JsonNode expected, String field) {
    double value = expected.get(field).asDouble();
    assertThat(actual).as(field).isCloseTo(value, within(Math.max(1e-12, 1e-9 * Math.abs(value))));
  }

  private static double[] numbers(JsonNode array) {
    double[] out = new double[array.size()];
    Iterator<JsonNode> values = array.elements();
    for (int i = 0; values.hasNext(); i++) {
      out[i] = values.next().asDouble();
    }
    return out;
  }
}
