package org.devpay.server;

import java.util.concurrent.Semaphore;

/**
 * At most one figure computation per processor at a time. Figures are CPU-bound (bootstrap
 * intervals, regressions): without a bound, a burst of uncached requests would make every request
 * thread runnable at once and share the processors among them, health included. With it, the excess
 * waits, blocked, for a slot, and cheap answers (health, cached figures, the OpenAPI document) are
 * served at once.
 */
final class ComputeSlots {
  private final Semaphore slots;

  ComputeSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("at least one slot: " + slots);
    }
    this.slots = new Semaphore(slots, true);
  }

  /** One slot per available processor. */
  static ComputeSlots perProcessor() {
    return new ComputeSlots(Runtime.getRuntime().availableProcessors());
  }

  /** Runs a computation in a slot, waiting for one first. */
  <T> T run(ResultCache.Computation<T> computation) throws Exception {
    slots.acquire();
    try {
      return computation.compute();
    } finally {
      slots.release();
    }
  }
}
