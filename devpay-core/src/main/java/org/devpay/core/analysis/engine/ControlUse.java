package org.devpay.core.analysis.engine;

import static java.util.Objects.requireNonNull;

/**
 * Whether a requested control entered an edition's regression, and why not when it did not, so a
 * reader sees per edition what an "adjusted" premium was adjusted for.
 *
 * @param control the control
 * @param used true when it entered the model with at least one column
 * @param columns dummy or indicator columns it contributed (levels with k or more rows; rarer
 *     levels are merged into one "(fewer than k)" level)
 * @param note why it was not used, or how it was coded
 */
public record ControlUse(Control control, boolean used, int columns, String note) {
  public ControlUse {
    requireNonNull(control, "control is null");
    requireNonNull(note, "note is null");
    if (columns < 0) {
      throw new IllegalArgumentException("columns must be >= 0: " + columns);
    }
  }
}
