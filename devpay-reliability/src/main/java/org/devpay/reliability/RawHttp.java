package org.devpay.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over a raw socket: it sends the request bytes exactly as given (a
 * traversal path, a malformed escape, a huge header), which regular clients refuse to send, and
 * reads the whole response (chunked bodies decoded).
 */
final class RawHttp {
  private RawHttp() {}

  /**
   * A response.
   *
   * @param status the status code, or -1 when the server closed without a response
   * @param headers the header block, lower-cased
   * @param body the body text
   */
  record Response(int status, String headers, String body) {}

  static Response exchange(int port, byte[] request, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      byte[] all = readAll(socket.getInputStream());
      return parse(all);
    }
  }

  /** "GET path HTTP/1.1" with a Host and Connection: close, and extra header lines. */
  static byte[] request(String method, String target, String... headers) {
    StringBuilder out = new StringBuilder();
    out.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    out.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    for (String header : headers) {
      out.append(header).append("\r\n");
    }
    out.append("\r\n");
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 14];
    int read;
    try {
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
      }
    } catch (SocketException reset) {
      // A server that closes after answering may reset: what was read is the response.
    }
    return out.toByteArray();
  }

  private static Response parse(byte[] bytes) {
    int end = indexOf(bytes, new byte[] {'\r', '\n', '\r', '\n'}, 0);
    String start = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
    if (!start.equals("HTTP/") || end < 0) {
      return new Response(-1, "", new String(bytes, StandardCharsets.UTF_8));
    }
    String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(head.substring(9, 12));
    String headers = head.toLowerCase(Locale.ROOT);
    byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (headers.contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeText =
          new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int size;
      try {
        size = Integer.parseInt(sizeText, 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size == 0) {
        break;
      }
      int from = lineEnd + 2;
      int to = Math.min(chunked.length, from + size);
      out.write(chunked, from, to - from);
      at = to + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
