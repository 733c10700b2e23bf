package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose request line and headers take longer than the header read timeout to
 * arrive (a "slowloris" client trickling one byte every few seconds). Jetty's idle timeout does not
 * catch it, since every byte counts as activity, and Jetty has no header timeout of its own; the
 * request body has Jetty's minimum data rate instead. A sweep every quarter of the timeout looks at
 * each open HTTP/1 connection: one that has been in the middle of the same request's headers since
 * the timeout or longer is closed, without a response (the request never became one).
 *
 * <p>Jetty's {@code HttpConnection} lives in an internal package; the parser state is read from
 * another thread, which can only make a close happen one sweep later.
 */
final class SlowHeaderGuard implements Connection.Listener, AutoCloseable {
  private final long timeoutNanos;
  private final Map<Connection, HeaderProgress> open = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper;

  SlowHeaderGuard(Duration timeout) {
    requireNonNull(timeout, "timeout is null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the header timeout must be positive: " + timeout);
    }
    this.timeoutNanos = timeout.toNanos();
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "devpay-header-timeout");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(50, timeout.toMillis() / 4);
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, HeaderProgress.NONE);
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  /** Closes the connections stuck in one request's headers for the timeout or longer. */
  void sweep() {
    long now = System.nanoTime();
    for (Map.Entry<Connection, HeaderProgress> entry : open.entrySet()) {
      if (!(entry.getKey() instanceof HttpConnection http)) {
        continue;
      }
      HttpParser parser = http.getParser();
      if (!parser.inHeaderState() || parser.isStart()) {
        entry.setValue(HeaderProgress.NONE);
        continue;
      }
      long request = http.getMessagesIn();
      HeaderProgress seen = entry.getValue();
      if (seen.request() != request) {
        entry.setValue(new HeaderProgress(request, now));
      } else if (now - seen.sinceNanos() >= timeoutNanos) {
        http.getEndPoint().close();
      }
    }
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }

  /**
   * Which request of a connection was seen in its headers, and since when.
   *
   * @param request the connection's count of requests received when first seen (-1: none)
   * @param sinceNanos when it was first seen in its headers
   */
  private record HeaderProgress(long request, long sinceNanos) {
    static final HeaderProgress NONE = new HeaderProgress(-1, 0);
  }
}
