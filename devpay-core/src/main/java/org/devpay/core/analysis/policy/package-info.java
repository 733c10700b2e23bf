/**
 * The rules every analysis applies the same way, decided once: whom the figures are about ({@link
 * org.devpay.core.analysis.policy.PopulationFilter}), which amount an edition compares ({@link
 * org.devpay.core.analysis.policy.EditionAmounts}), the outlier and plausibility screens, under
 * which roles a respondent counts ({@link org.devpay.core.analysis.policy.RoleMode}), and the
 * privacy floor with the characteristics the disclosure control looks at ({@link
 * org.devpay.core.analysis.policy.PrivacyFloor}, {@link
 * org.devpay.core.analysis.policy.QueryDimensions}). They sit apart from the analyses so a reader
 * finds every choice that shapes a published figure in one place; the CLI, the server and the
 * estimator read them directly.
 */
package org.devpay.core.analysis.policy;
