package org.devpay.sources.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP server on 127.0.0.1 (port chosen by the system) serving the files of one directory
 * for fetch tests, with HTTP range requests and switchable faults: a corrupted byte, a body cut
 * short once, ranges ignored. Records every request's Range header.
 */
final class LocalFileServer implements AutoCloseable {
  /** How the next responses misbehave. */
  enum Fault {
    NONE,
    /** Every response has its middle byte flipped. */
    CORRUPT,
    /** The next full response announces the whole length but sends half, then closes. */
    CUT_ONCE,
    /** Range headers are ignored: always 200 with the whole file. */
    IGNORE_RANGE
  }

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  private final HttpServer server;
  private final Path root;
  private final List<String> ranges = Collections.synchronizedList(new ArrayList<>());
  private volatile Fault fault = Fault.NONE;
  private volatile int requests;

  LocalFileServer(Path root) throws IOException {
    this.root = root;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  void fault(Fault value) {
    fault = value;
  }

  /** The address of a file under the root, path segments encoded. */
  URI uri(String relative) {
    StringBuilder path = new StringBuilder();
    for (String segment : relative.split("/")) {
      path.append('/')
          .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The Range headers received, in order ("" for a request without one). */
  List<String> ranges() {
    return List.copyOf(ranges);
  }

  int requests() {
    return requests;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests++;
    try (exchange) {
      String range = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")).orElse("");
      ranges.add(range);
      String relative =
          URLDecoder.decode(
              exchange.getRequestURI().getRawPath().substring(1), StandardCharsets.UTF_8);
      Path file = root.resolve(relative).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      if (fault == Fault.CORRUPT) {
        body[body.length / 2] ^= 0x5A;
      }
      Matcher matcher = RANGE.matcher(range);
      if (matcher.matches() && fault != Fault.IGNORE_RANGE) {
        int from = Integer.parseInt(matcher.group(1));
        if (from >= body.length) {
          exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        exchange
            .getResponseHeaders()
            .add("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
        exchange.sendResponseHeaders(206, body.length - from);
        write(exchange.getResponseBody(), body, from, body.length);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      if (fault == Fault.CUT_ONCE) {
        fault = Fault.NONE;
        OutputStream out = exchange.getResponseBody();
        write(out, body, 0, body.length / 2);
        out.flush();
        // Failing mid-body makes the server drop the connection: a network failure to the client.
        throw new IOException("cut on purpose after " + body.length / 2 + " bytes");
      }
      write(exchange.getResponseBody(), body, 0, body.length);
    }
  }

  /** Writes bytes [from, to) in bounded chunks. */
  private static void write(OutputStream out, byte[] body, int from, int to) throws IOException {
    int chunk = 1 << 16;
    for (int offset = from; offset < to; offset += chunk) {
      out.write(body, offset, Math.min(chunk, to - offset));
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
