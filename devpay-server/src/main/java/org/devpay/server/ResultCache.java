package org.devpay.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Computed responses kept in memory, keyed by data version and canonical request. Computing an
 * answer takes seconds (bootstrap intervals); serving it again takes microseconds. Concurrent
 * requests for the same key wait for one computation. Least recently used entries go first once the
 * cache is full. Entries of several data versions can be held at once, so the next version's
 * answers can be computed while the current one is still being served; {@link #retainOnly} drops
 * the others once the new version is served.
 */
final class ResultCache<T> {
  private final int capacity;
  private final Map<String, CompletableFuture<T>> entries;

  ResultCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** Whether a response for the key is cached (or being computed) now. */
  synchronized boolean contains(String dataVersion, String key) {
    return entries.containsKey(entryKey(dataVersion, key));
  }

  /** Drops every entry of another data version than this one. */
  synchronized void retainOnly(String dataVersion) {
    String prefix = entryKey(dataVersion, "");
    entries.keySet().removeIf(k -> !k.startsWith(prefix));
  }

  private static String entryKey(String dataVersion, String key) {
    return dataVersion + "\u0000" + key;
  }

  /**
   * The cached response for the key, computing it on the caller's thread if absent. A computation
   * that fails is not kept, so the next request tries again.
   */
  T get(String dataVersion, String key, Computation<T> computation) throws Exception {
    CompletableFuture<T> future;
    boolean mine = false;
    String entryKey = entryKey(dataVersion, key);
    synchronized (this) {
      future = entries.get(entryKey);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(entryKey, future);
        mine = true;
        while (entries.size() > capacity) {
          String eldest = entries.keySet().iterator().next();
          entries.remove(eldest);
        }
      }
    }
    if (mine) {
      try {
        future.complete(computation.compute());
      } catch (Exception | Error e) {
        synchronized (this) {
          entries.remove(entryKey, future);
        }
        future.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return future.get();
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw e;
    }
  }

  /** Computes a response. */
  @FunctionalInterface
  interface Computation<T> {
    T compute() throws Exception;
  }
}
