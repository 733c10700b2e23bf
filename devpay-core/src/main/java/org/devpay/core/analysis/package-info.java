/**
 * The analyses other modules call, and what they return: the main answer ({@link
 * org.devpay.core.analysis.RolePayAnswer}), controlled comparisons ({@link
 * org.devpay.core.analysis.Comparison}), factor effects ({@link org.devpay.core.analysis.Factors}),
 * trends ({@link org.devpay.core.analysis.PayTrends}), experience curves ({@link
 * org.devpay.core.analysis.ExperienceCurves}) and the reconciliation with published figures ({@link
 * org.devpay.core.analysis.Reconciliation}), with their settings ({@link
 * org.devpay.core.analysis.AnswerSettings}), the record filter ({@link
 * org.devpay.core.analysis.RecordFilter}) and their result records. The rules every analysis
 * applies live in {@link org.devpay.core.analysis.policy}, the regression machinery in {@link
 * org.devpay.core.analysis.engine}. What the entry points share and no other package needs (the
 * studied editions, a group's disclosure cells) stays here, package-private.
 */
package org.devpay.core.analysis;
