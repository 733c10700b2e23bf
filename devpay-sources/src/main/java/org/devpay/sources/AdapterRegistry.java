package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The explicit list of known formats. There is no classpath scanning: adding a format means adding
 * its adapter to {@link #standard()}, where a reviewer sees it.
 */
public final class AdapterRegistry {
  private final List<SourceAdapter> adapters;

  public AdapterRegistry(List<SourceAdapter> adapters) {
    this.adapters = List.copyOf(adapters);
    Set<String> ids = new HashSet<>();
    for (SourceAdapter adapter : this.adapters) {
      if (!ids.add(adapter.formatId())) {
        throw new IllegalArgumentException("duplicate format id: " + adapter.formatId());
      }
    }
  }

  /** Every adapter devpay ships, in a fixed order. */
  public static AdapterRegistry standard() {
    return new AdapterRegistry(StandardAdapters.all());
  }

  public List<SourceAdapter> adapters() {
    return adapters;
  }

  /** The adapter with this format id. */
  public SourceAdapter byFormatId(String formatId) {
    requireNonNull(formatId, "formatId is null");
    return adapters.stream()
        .filter(a -> a.formatId().equals(formatId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown format: " + formatId));
  }
}
