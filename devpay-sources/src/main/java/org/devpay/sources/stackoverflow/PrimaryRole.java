package org.devpay.sources.stackoverflow;

import java.util.List;

/**
 * The documented rule that gives each Stack Overflow respondent one primary role in the years when
 * the developer-type question was multi-select (2017 to 2022), so that no respondent sits in two
 * compared groups. Every selected type is kept beside it ({@code RawRecord.roleLabels()}) for the
 * "all roles" mode, which is never used inside one comparison.
 *
 * <p><b>Rule</b>, the web side first because it is what the question of devpay is about, and
 * matching the role taxonomy's own rule that a label naming both sides is full-stack:
 *
 * <ol>
 *   <li>2017: the {@code WebDeveloperType} answer when given (it refines the "Web developer" item:
 *       back-end, front-end or full stack);
 *   <li>the full-stack type when selected;
 *   <li>back-end and front-end both selected (without full-stack): the two labels joined as
 *       published ("Developer, back-end; Developer, front-end"), which the role taxonomy reads as
 *       full-stack;
 *   <li>back-end when selected; else front-end when selected;
 *   <li>otherwise the first selected type in published order (Stack Overflow writes the options in
 *       the questionnaire's order, not in the order they were clicked);
 *   <li>nothing selected: no role.
 * </ol>
 */
final class PrimaryRole {
  /** How rule 3 joins the back-end and front-end labels, as the role taxonomy reads them. */
  static final String BOTH_SIDES_SEPARATOR = "; ";

  private PrimaryRole() {}

  /**
   * The primary role label.
   *
   * @param selected every selected type, in published order
   * @param webSide the 2017 {@code WebDeveloperType} answer ("" when not asked or not answered)
   * @param roles this year's back-end, front-end and full-stack labels
   */
  static String of(List<String> selected, String webSide, SurveySchema.Roles roles) {
    if (!webSide.isEmpty()) {
      return webSide;
    }
    boolean backEnd = selected.contains(roles.backEnd());
    boolean frontEnd = selected.contains(roles.frontEnd());
    if (selected.contains(roles.fullStack())) {
      return roles.fullStack();
    }
    if (backEnd && frontEnd) {
      return String.join(BOTH_SIDES_SEPARATOR, roles.backEnd(), roles.frontEnd());
    }
    if (backEnd) {
      return roles.backEnd();
    }
    if (frontEnd) {
      return roles.frontEnd();
    }
    return selected.isEmpty() ? "" : selected.get(0);
  }
}
