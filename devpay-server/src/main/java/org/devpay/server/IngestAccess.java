package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Function;
import org.devpay.ingest.Ingestor;
import org.devpay.store.DevpayStore;

/**
 * What the ingest endpoint needs: the token a client must present, and how to build an ingestor
 * over an open store (the caller wires the adapters and normalizer, so the server does not depend
 * on the sources module).
 *
 * @param token the bearer token; at least 16 characters
 * @param ingestors builds an ingestor over a store opened for writing
 */
public record IngestAccess(String token, Function<DevpayStore, Ingestor> ingestors) {
  /** Shorter tokens are too easy to guess to guard a write endpoint. */
  public static final int MINIMUM_TOKEN_LENGTH = 16;

  public IngestAccess {
    requireNonNull(token, "token is null");
    requireNonNull(ingestors, "ingestors is null");
    if (token.strip().length() < MINIMUM_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "the ingest token must have at least " + MINIMUM_TOKEN_LENGTH + " characters");
    }
    token = token.strip();
  }

  /** Compares in constant time, so response timing does not reveal how much of a guess matched. */
  boolean accepts(String presented) {
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "IngestAccess[token=(hidden)]";
  }
}
