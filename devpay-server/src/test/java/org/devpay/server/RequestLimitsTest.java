package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-client rate limit: a token bucket with bursts of twice the rate. */
class RequestLimitsTest {
  private static final long SECOND = 1_000_000_000L;

  @TempDir Path directory;

  @Test
  void aClientMaySendABurstOfTwiceTheRateThenTheRate() {
    RequestLimits limits = new RequestLimits(5, 1024);
    long start = 7 * SECOND;
    int granted = 0;
    for (int i = 0; i < 20; i++) {
      granted += limits.take("10.0.0.1", start) ? 1 : 0;
    }
    assertThat(granted).isEqualTo(10);
    assertThat(limits.take("10.0.0.1", start + SECOND / 5))
        .as("one token back after 0.2 s")
        .isTrue();
    assertThat(limits.take("10.0.0.1", start + SECOND / 5)).isFalse();
    assertThat(limits.take("10.0.0.2", start)).as("another client has its own bucket").isTrue();
  }

  @Test
  void aClientOverTheLimitGetsTooManyRequestsWithRetryAfter() throws Exception {
    try (DevpayServer server =
        DevpayServer.start(
            ServerSettings.defaults(directory.resolve("absent.duckdb"), 0)
                .withRequestsPerSecond(1)
                .withAccessLog(line -> {}))) {
      HttpProbe http = new HttpProbe(server.baseUri());
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        responses.add(http.get("/api/health"));
      }
      HttpResponse<String> refused =
          responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
      ApiTest.assertProblem(refused, 429, "requests per second");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(responses.get(0).statusCode()).isEqualTo(200);
    }
  }
}
