package org.devpay.sources.dou;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Splitting DOU's ", "-joined industry answer without breaking labels that contain ", ". */
class ProjectIndustriesTest {
  @Test
  void splitsOptionsOnCommaSpace() {
    assertThat(ProjectIndustries.split("E-commerce, AI / ML, SaaS"))
        .containsExactly("E-commerce", "AI / ML", "SaaS");
  }

  @Test
  void keepsTheOptionThatContainsACommaWhole() {
    assertThat(
            ProjectIndustries.split(
                "AI / ML, Різнопланові проєкти, немає одного основного (HR etc), Enterprise"))
        .containsExactly(
            "AI / ML", "Різнопланові проєкти, немає одного основного (HR etc)", "Enterprise");
  }

  @Test
  void joinsTheFreeTextPiecesBetweenOptionsIntoOneAnswer() {
    assertThat(ProjectIndustries.split("Telecom, Network Devices (routers, firewalls), Security"))
        .containsExactly("Telecom", "Network Devices (routers, firewalls)", "Security");
    assertThat(
            ProjectIndustries.split("Custom Software Development (except adult, gambling, dating)"))
        .containsExactly("Custom Software Development (except adult, gambling, dating)");
  }

  @Test
  void matchesOptionsCaseSensitivelySoFreeTextStaysFreeText() {
    assertThat(ProjectIndustries.split("Gambling, gambling"))
        .containsExactly("Gambling", "gambling");
  }

  @Test
  void returnsNoLabelsForAnEmptyAnswer() {
    assertThat(ProjectIndustries.split("  ")).isEmpty();
  }
}
