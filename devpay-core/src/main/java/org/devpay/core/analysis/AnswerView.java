package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One set of figures for an edition: "as published" (no screen) or "screened".
 *
 * @param name "as-published" or "screened"
 * @param screen description of the screen applied
 * @param rows rows the figures rest on (after the screen)
 * @param removedLow rows the screen removed below its lower fence
 * @param removedHigh rows the screen removed above its upper fence
 * @param cells one cell per role present, in role order
 * @param ratios back-end over front-end, then back-end over full-stack
 */
public record AnswerView(
    String name,
    String screen,
    int rows,
    int removedLow,
    int removedHigh,
    List<RoleCell> cells,
    List<RatioFigure> ratios) {
  public AnswerView {
    requireNonNull(name, "name is null");
    requireNonNull(screen, "screen is null");
    cells = List.copyOf(cells);
    ratios = List.copyOf(ratios);
  }
}
