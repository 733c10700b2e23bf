package org.devpay.sources.stackoverflow;

import java.util.List;

/**
 * The documented rule that reads one employment status from Stack Overflow's multi-select {@code
 * Employment} answer (2022 to 2024: "Employed, full-time;Independent contractor, freelancer, or
 * self-employed"), so the employment taxonomy sees one status per respondent: the first selected of
 * "Employed, full-time", "Independent contractor, freelancer, or self-employed" and "Employed,
 * part-time", else the first selected status in published order. A full-time employee who also
 * freelances is a full-time employee.
 */
final class PrimaryEmployment {
  static final List<String> PRECEDENCE =
      List.of(
          "Employed, full-time",
          "Independent contractor, freelancer, or self-employed",
          "Employed, part-time");

  private PrimaryEmployment() {}

  /** The primary status of the selected ones (in published order); "" when none. */
  static String of(List<String> selected) {
    for (String status : PRECEDENCE) {
      if (selected.contains(status)) {
        return status;
      }
    }
    return selected.isEmpty() ? "" : selected.get(0);
  }
}
