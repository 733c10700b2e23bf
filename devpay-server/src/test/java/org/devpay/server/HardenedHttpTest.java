package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a careless or hostile client meets below the routes, over raw sockets: every error Jetty
 * answers itself is problem+json, a malformed query encoding is a 400 rather than a silently
 * dropped filter, headers trickled a byte at a time are cut off, and a request body sent too slowly
 * is refused.
 */
class HardenedHttpTest {
  private static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir static Path directory;

  private static DevpayServer server;

  @BeforeAll
  static void start() {
    server =
        DevpayServer.start(
            ServerSettings.defaults(directory.resolve("none.duckdb"), 0)
                .withAnswers(ApiTest.SETTINGS)
                .withRequestsPerSecond(0)
                .withIngest(new IngestAccess(TOKEN, RealStores::ingestor))
                .withAccessLog(line -> {})
                .withTimeouts(
                    new ConnectionTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30), 1024)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET /../../etc/passwd HTTP/1.1|400",
        "GET /api/%zz HTTP/1.1|400",
        "GET /api/health HTTP/3.0|505",
        "GET /api/answer?country=% HTTP/1.1|400",
        "GET /api/answer?country=%zz HTTP/1.1|400",
        "GET /api/answer?skill=%C3%28 HTTP/1.1|400",
        "DELETE /../secret HTTP/1.1|400",
      })
  void refusedRequestsAreProblemsNotHtml(String requestLine, int status) throws IOException {
    String response = exchange(requestLine + "\r\nHost: localhost\r\nAccept: text/html\r\n\r\n");
    assertProblem(response, status);
  }

  @Test
  void aUriTooLongIs414AndHeadersTooLargeAre431AsProblems() throws IOException {
    String longUri = "GET /api/health?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: h\r\n\r\n";
    assertProblem(exchange(longUri), 414);
    String bigHeader =
        "GET /api/health HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n";
    assertProblem(exchange(bigHeader), 431);
  }

  @Test
  void aWellEncodedQueryIsStillAnswered() throws IOException {
    String response = exchange("GET /api/health?%20=1 HTTP/1.1\r\nHost: h\r\n\r\n");
    // Health declares no parameters: the name is decoded and refused by name, not by encoding.
    assertProblem(response, 400);
    assertThat(response).contains("unknown query parameter");
  }

  @Test
  void headersTrickledAByteAtATimeAreCutOff() throws Exception {
    byte[] headers =
        ("GET /api/health HTTP/1.1\r\nHost: h\r\nX-Slow: " + "a".repeat(400))
            .getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = connect()) {
      socket.setSoTimeout(200);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      // 400 bytes at one every 200 ms would take 80 s; the server's header timeout is 1 s.
      boolean closed = false;
      int sent = 0;
      while (!closed && sent < headers.length) {
        try {
          out.write(headers[sent++]);
          out.flush();
          closed = in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
          // Nothing from the server yet: trickle on.
        } catch (SocketException reset) {
          closed = true;
        }
      }
      assertThat(closed).as("closed after " + sent + " of " + headers.length + " bytes").isTrue();
      assertThat(sent).isLessThan(headers.length);
    }
  }

  @Test
  void aRequestBodySentTooSlowlyIsRefused() throws Exception {
    int length = 64 * 1024;
    String head =
        "POST /api/ingest?name=slow.csv HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer "
            + TOKEN
            + "\r\nContent-Length: "
            + length
            + "\r\n\r\n";
    try (Socket socket = connect()) {
      socket.setSoTimeout(200);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      StringBuilder response = new StringBuilder();
      boolean ended = false;
      int sent = 4;
      // 10 bytes every 200 ms is 50 B/s, under the 1 KiB/s minimum: 64 KiB would take 20 minutes.
      while (!ended && sent < length) {
        try {
          out.write("1,2\n3,4\n5,".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          sent += 10;
        } catch (SocketException closedByServer) {
          ended = true;
        }
        try {
          int b;
          while ((b = in.read()) != -1) {
            response.append((char) b);
          }
          ended = true;
        } catch (SocketTimeoutException stillOpen) {
          ended = response.length() > 0;
        } catch (SocketException reset) {
          ended = true;
        }
      }
      assertThat(ended).as("refused after " + sent + " of " + length + " bytes").isTrue();
      assertThat(sent).isLessThan(length);
      if (response.length() > 0) {
        assertThat(response.toString())
            .startsWith("HTTP/1.1 408")
            .contains("application/problem+json");
      }
    }
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
    return socket;
  }

  /** Sends raw bytes and reads the whole response (the server closes or answers in full). */
  private static String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertProblem(String response, int status) throws IOException {
    assertThat(response).startsWith("HTTP/1.1 " + status + " ");
    String lower = response.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower).contains("content-type: application/problem+json");
    assertThat(lower).doesNotContain("<html");
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    if (lower.contains("transfer-encoding: chunked")) {
      body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("}") + 1);
    }
    JsonNode problem = HttpProbe.parse(body);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
  }
}
