package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.core.analysis.policy.RoleMode;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

class RoleModeTest {
  @Test
  void primaryModeGivesTheOnePrimaryLabelAndAllRolesEverySelectedLabel() {
    PayRecord record =
        AnalysisRecords.usd()
            .role(RoleFamily.FULLSTACK, "Developer, full-stack")
            .selectedRoles("Developer, back-end", "Developer, full-stack", "Developer, mobile")
            .pay(90_000);

    assertThat(RoleMode.PRIMARY.labels(record)).containsExactly("Developer, full-stack");
    assertThat(RoleMode.ALL_ROLES.labels(record))
        .containsExactly("Developer, back-end", "Developer, full-stack", "Developer, mobile");
  }

  @Test
  void withoutSelectedRolesEveryModeGivesThePrimaryLabelAndNoLabelGivesNone() {
    PayRecord single = AnalysisRecords.usd().role(RoleFamily.BACKEND, "Developer, back-end").pay(1);
    PayRecord none = AnalysisRecords.usd().pay(1);

    assertThat(RoleMode.ALL_ROLES.labels(single)).containsExactly("Developer, back-end");
    assertThat(RoleMode.PRIMARY.labels(none)).isEmpty();
    assertThat(RoleMode.ALL_ROLES.labels(none)).isEmpty();
  }
}
