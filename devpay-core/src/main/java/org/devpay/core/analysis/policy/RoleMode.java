package org.devpay.core.analysis.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.model.PayRecord;

/**
 * Which role labels a record counts under when a survey let respondents pick several roles (Stack
 * Overflow's {@code DevType} until 2022).
 *
 * <ul>
 *   <li>{@link #PRIMARY}: the one primary role the adapter chose by its documented rule, so each
 *       respondent is in exactly one role group. Every comparison between roles uses it: {@link
 *       RolePayAnswer} takes no role mode at all.
 *   <li>{@link #ALL_ROLES}: every role the respondent selected, so one respondent may sit in
 *       several groups. This is how Stack Overflow publishes pay by developer type in multi-select
 *       years, and it serves only figures that are compared with an outside figure, one group at a
 *       time (reconciliation). It is never used inside one comparison: groups that share
 *       respondents are not independent samples, and a respondent would be counted twice.
 * </ul>
 */
public enum RoleMode {
  PRIMARY("primary role (one per respondent)"),
  ALL_ROLES("every role a respondent selected (a respondent may count under several)");

  private final String description;

  RoleMode(String description) {
    this.description = description;
  }

  public String describe() {
    return description;
  }

  /** The role labels (as published) a record counts under in this mode; empty when it has none. */
  public List<String> labels(PayRecord record) {
    Set<String> labels = new LinkedHashSet<>();
    if (this == ALL_ROLES) {
      for (String label : record.selectedRoleLabels()) {
        if (!label.isBlank()) {
          labels.add(label.strip());
        }
      }
    }
    if (labels.isEmpty() && !record.roleLabel().isBlank()) {
      labels.add(record.roleLabel().strip());
    }
    return new ArrayList<>(labels);
  }
}
